package io.taxrecon.core.income;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares the IRS's W-2/1099 data with the return, per tax year and category (SPEC.md, "Income"
 * in docs/RULES.md): corrected forms supersede, exact repeats are set apart, IRS-source documents
 * are summed and compared with the return's lines, a gap explained by another line's excess is
 * "reported elsewhere", and the three withholding figures are set side by side.
 */
public final class IncomeReconciler {

    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^A-Z0-9]");

    /** Box rows in a stable order: source file, sheet, line, then box. */
    public static final Comparator<InformationReturn> ROW_ORDER =
            Comparator.comparing((InformationReturn r) -> r.source().file())
                    .thenComparing(r -> r.source().sheet())
                    .thenComparingLong(r -> r.source().line())
                    .thenComparing(InformationReturn::box)
                    .thenComparing(InformationReturn::amount);

    private static final Comparator<IncomeDocument> DOCUMENT_ORDER =
            Comparator.comparing(IncomeDocument::documentId, NaturalOrder.INSTANCE);

    private final BoxCategoryMap boxes;
    private final TransactionCodeCatalog codes;
    private final BigDecimal tolerance;
    private final FindingTexts texts;

    public IncomeReconciler(BoxCategoryMap boxes, TransactionCodeCatalog codes, BigDecimal tolerance,
                            FindingTexts texts) {
        this.boxes = boxes;
        this.codes = codes;
        this.tolerance = tolerance;
        this.texts = texts;
    }

    /** The category a figure is compared under: NONEMPLOYEE_COMPENSATION and PAYMENT_CARD_RECEIPTS go to Schedule C's gross receipts. */
    public static Category referenceOf(Category category) {
        return category == Category.NONEMPLOYEE_COMPENSATION || category == Category.PAYMENT_CARD_RECEIPTS
                ? Category.BUSINESS_GROSS_RECEIPTS : category;
    }

    /** The box rows of {@code document} that feed {@code reference}. */
    public List<InformationReturn> rowsIn(IncomeDocument document, Category reference) {
        return byReference(document).getOrDefault(reference, List.of());
    }

    /** The box rows of {@code document} by the category they are compared under, each list in box order. */
    private Map<Category, List<InformationReturn>> byReference(IncomeDocument document) {
        Map<Category, List<InformationReturn>> rows = new EnumMap<>(Category.class);
        for (InformationReturn r : document.boxes()) {
            boxes.find(r.formType(), r.box()).map(IncomeReconciler::referenceOf)
                    .ifPresent(c -> rows.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
        }
        return rows;
    }

    /** What {@code document} contributes to {@code reference}. */
    public BigDecimal amountIn(IncomeDocument document, Category reference) {
        return sum(rowsIn(document, reference));
    }

    private static BigDecimal sum(List<InformationReturn> rows) {
        BigDecimal total = BigDecimal.ZERO;
        for (InformationReturn r : rows) {
            total = total.add(r.amount());
        }
        return total;
    }

    public IncomeResult reconcile(Client client, List<InformationReturn> rows, List<ReturnLine> lines,
                                  List<TranscriptTransaction> transactions) {
        // assemble documents from their box rows
        Map<String, List<InformationReturn>> byId = new TreeMap<>(NaturalOrder.INSTANCE);
        for (InformationReturn row : rows) {
            byId.computeIfAbsent(row.documentId(), k -> new ArrayList<>()).add(row);
        }
        List<IncomeDocument> owned = new ArrayList<>();
        List<IncomeDocument> misaddressed = new ArrayList<>();
        for (List<InformationReturn> docRows : byId.values()) {
            List<InformationReturn> sorted = docRows.stream().sorted(ROW_ORDER).toList();
            InformationReturn first = sorted.get(0);
            boolean corrected = sorted.stream().anyMatch(InformationReturn::corrected);
            IncomeDocument.Status status = first.origin() == InformationReturn.Origin.CLIENT
                    ? IncomeDocument.Status.CLIENT_COPY : IncomeDocument.Status.COUNTED;
            IncomeDocument doc = new IncomeDocument(first.documentId(), first.formType(), first.payerName(),
                    first.payerTin(), first.recipientTin(), first.taxYear(), corrected, first.origin(), status, sorted);
            if (client.owns(first.recipientTin())) {
                owned.add(doc);
            } else {
                misaddressed.add(withStatus(doc, null));
            }
        }

        // a corrected form supersedes the other forms of the same payer, form, recipient and year
        Map<List<Object>, List<IncomeDocument>> families = new LinkedHashMap<>();
        for (IncomeDocument d : owned) {
            if (d.status() == IncomeDocument.Status.COUNTED) {
                families.computeIfAbsent(List.of(payerKey(d), d.formType(), d.recipientTin(), d.taxYear()),
                        k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, IncomeDocument.Status> statuses = new HashMap<>();
        for (List<IncomeDocument> family : families.values()) {
            IncomeDocument winner = family.stream().filter(IncomeDocument::corrected).max(DOCUMENT_ORDER).orElse(null);
            if (winner != null) {
                family.stream().filter(d -> d != winner)
                        .forEach(d -> statuses.put(d.documentId(), IncomeDocument.Status.SUPERSEDED));
            }
        }
        // exact repeats among what is left: the higher document id is the duplicate
        Map<List<Object>, List<IncomeDocument>> repeats = new LinkedHashMap<>();
        for (IncomeDocument d : owned) {
            if (d.status() == IncomeDocument.Status.COUNTED && !statuses.containsKey(d.documentId())) {
                repeats.computeIfAbsent(List.of(d.formType(), payerKey(d), d.recipientTin(), d.taxYear(),
                        boxAmounts(d)), k -> new ArrayList<>()).add(d);
            }
        }
        List<IncomeResult.Duplicate> duplicatePairs = new ArrayList<>();
        for (List<IncomeDocument> group : repeats.values()) {
            List<IncomeDocument> sorted = group.stream().sorted(DOCUMENT_ORDER).toList();
            for (IncomeDocument repeat : sorted.subList(1, sorted.size())) {
                statuses.put(repeat.documentId(), IncomeDocument.Status.DUPLICATE);
            }
        }
        List<IncomeDocument> documents = new ArrayList<>();
        for (IncomeDocument d : owned) {
            documents.add(statuses.containsKey(d.documentId()) ? withStatus(d, statuses.get(d.documentId())) : d);
        }
        documents.sort(DOCUMENT_ORDER);
        for (List<IncomeDocument> group : repeats.values()) {
            List<IncomeDocument> sorted = group.stream().sorted(DOCUMENT_ORDER).toList();
            IncomeDocument original = sorted.get(0);
            for (IncomeDocument repeat : sorted.subList(1, sorted.size())) {
                duplicatePairs.add(new IncomeResult.Duplicate(withStatus(repeat, IncomeDocument.Status.DUPLICATE), original));
            }
        }
        duplicatePairs.sort(Comparator.comparing(p -> p.repeat().documentId(), NaturalOrder.INSTANCE));

        List<CategoryComparison> comparisons = compare(documents, lines);
        List<IncomeResult.Withholding> withholding = withholding(client, documents, lines, transactions);
        return new IncomeResult(documents, misaddressed, duplicatePairs, comparisons, withholding);
    }

    private List<CategoryComparison> compare(List<IncomeDocument> documents, List<ReturnLine> lines) {
        Set<Category> references = EnumSet.noneOf(Category.class);
        for (Category c : boxes.categories()) {
            if (c != Category.FEDERAL_WITHHOLDING) {
                references.add(referenceOf(c));
            }
        }
        Set<Integer> years = new TreeSet<>();
        lines.forEach(l -> years.add(l.taxYear()));

        List<CategoryComparison> result = new ArrayList<>();
        for (int year : years) {
            Map<Category, BigDecimal> returned = new EnumMap<>(Category.class);
            for (ReturnLine line : lines) {
                if (line.taxYear() == year && line.category() != null && references.contains(referenceOf(line.category()))) {
                    returned.merge(referenceOf(line.category()), line.amount(), BigDecimal::add);
                }
            }
            Map<Category, BigDecimal> irs = new EnumMap<>(Category.class);
            Map<Category, List<IncomeDocument>> shown = new EnumMap<>(Category.class);
            for (IncomeDocument d : documents) {
                if (d.taxYear() != year) {
                    continue;
                }
                // each box looked up once per document, not once per category
                Map<Category, List<InformationReturn>> rows = byReference(d);
                for (Category reference : references) {
                    List<InformationReturn> in = rows.get(reference);
                    if (in == null) {
                        continue;
                    }
                    shown.computeIfAbsent(reference, k -> new ArrayList<>()).add(d);
                    if (d.status() == IncomeDocument.Status.COUNTED) {
                        irs.merge(reference, sum(in), BigDecimal::add);
                    }
                }
            }
            // flagged gaps, then which of them another line's excess explains (reported elsewhere)
            Map<Category, BigDecimal> gaps = new EnumMap<>(Category.class);
            for (Map.Entry<Category, BigDecimal> e : irs.entrySet()) {
                BigDecimal gap = e.getValue().subtract(returned.getOrDefault(e.getKey(), BigDecimal.ZERO));
                if (gap.compareTo(tolerance) > 0) {
                    gaps.put(e.getKey(), gap);
                }
            }
            Map<Category, BigDecimal> excesses = new EnumMap<>(Category.class);
            for (Map.Entry<Category, BigDecimal> e : returned.entrySet()) {
                BigDecimal excess = e.getValue().subtract(irs.getOrDefault(e.getKey(), BigDecimal.ZERO));
                if (excess.signum() > 0) {
                    excesses.put(e.getKey(), excess);
                }
            }
            Map<Category, String> notes = new EnumMap<>(Category.class);
            Set<Category> explained = new HashSet<>();
            Set<Category> usedExcess = new HashSet<>();
            for (Map.Entry<Category, BigDecimal> gap : gaps.entrySet()) {
                Category best = null;
                BigDecimal bestDistance = null;
                for (Map.Entry<Category, BigDecimal> excess : excesses.entrySet()) {
                    if (excess.getKey() == gap.getKey() || usedExcess.contains(excess.getKey())) {
                        continue;
                    }
                    BigDecimal distance = gap.getValue().subtract(excess.getValue()).abs();
                    if (distance.compareTo(tolerance) <= 0 && (bestDistance == null || distance.compareTo(bestDistance) < 0)) {
                        best = excess.getKey();
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    usedExcess.add(best);
                    explained.add(gap.getKey());
                    notes.put(gap.getKey(), texts.render("comparison.elsewhere.gap", Map.of(
                            "gap", FindingTexts.money(gap.getValue()), "other", best.name(),
                            "excess", FindingTexts.money(excesses.get(best)))));
                    notes.put(best, texts.render("comparison.elsewhere.excess", Map.of(
                            "excess", FindingTexts.money(excesses.get(best)), "category", gap.getKey().name(),
                            "gap", FindingTexts.money(gap.getValue()))));
                }
            }
            Set<Category> rowsToShow = EnumSet.noneOf(Category.class);
            rowsToShow.addAll(irs.keySet());
            returned.forEach((c, amount) -> {
                if (amount.signum() != 0) {
                    rowsToShow.add(c);
                }
            });
            for (Category reference : rowsToShow) {
                BigDecimal irsTotal = irs.getOrDefault(reference, BigDecimal.ZERO);
                BigDecimal returnAmount = returned.get(reference);
                FindingType finding = null;
                String note = notes.get(reference);
                if (gaps.containsKey(reference) && !explained.contains(reference)) {
                    finding = returnAmount == null || returnAmount.signum() == 0
                            ? FindingType.UNREPORTED_INCOME : FindingType.INCOME_AMOUNT_MISMATCH;
                }
                if (note == null && !irs.containsKey(reference)) {
                    note = texts.render("comparison.nodocuments", Map.of("returnAmount", FindingTexts.money(returnAmount)));
                } else if (note == null && excesses.containsKey(reference)
                        && excesses.get(reference).compareTo(tolerance) > 0) {
                    note = texts.render("comparison.overreported", Map.of("excess", FindingTexts.money(excesses.get(reference))));
                }
                result.add(new CategoryComparison(year, reference, irsTotal, returnAmount,
                        shown.getOrDefault(reference, List.of()), finding, note));
            }
        }
        return result;
    }

    private List<IncomeResult.Withholding> withholding(Client client, List<IncomeDocument> documents,
                                                       List<ReturnLine> lines, List<TranscriptTransaction> transactions) {
        Set<Integer> years = new TreeSet<>();
        documents.stream().filter(d -> d.status() == IncomeDocument.Status.COUNTED).forEach(d -> years.add(d.taxYear()));
        lines.forEach(l -> years.add(l.taxYear()));
        transactions.stream().filter(t -> client.owns(t.tin())).forEach(t -> years.add(t.taxYear()));

        List<IncomeResult.Withholding> result = new ArrayList<>();
        for (int year : years) {
            List<SourceRef> evidence = new ArrayList<>();
            BigDecimal fromDocuments = null;
            for (IncomeDocument d : documents) {
                if (d.taxYear() == year && d.status() == IncomeDocument.Status.COUNTED) {
                    fromDocuments = fromDocuments == null ? BigDecimal.ZERO : fromDocuments;
                    for (InformationReturn row : rowsIn(d, Category.FEDERAL_WITHHOLDING)) {
                        fromDocuments = fromDocuments.add(row.amount());
                        evidence.add(row.source());
                    }
                }
            }
            BigDecimal fromReturn = null;
            for (ReturnLine line : lines) {
                if (line.taxYear() == year) {
                    fromReturn = fromReturn == null ? BigDecimal.ZERO : fromReturn;
                    if (line.category() == Category.FEDERAL_WITHHOLDING) {
                        fromReturn = fromReturn.add(line.amount());
                        evidence.add(line.source());
                    }
                }
            }
            BigDecimal fromTranscript = null;
            for (TranscriptTransaction t : transactions) {
                if (t.taxYear() != year || !client.owns(t.tin())) {
                    continue;
                }
                fromTranscript = fromTranscript == null ? BigDecimal.ZERO : fromTranscript;
                TransactionCode code = codes.find(t.transactionCode()).orElse(null);
                if (code != null && code.role() == TransactionCode.Role.WITHHOLDING) {
                    fromTranscript = fromTranscript.add(t.magnitude());
                    evidence.add(t.source());
                } else if (code != null && code.role() == TransactionCode.Role.WITHHOLDING_REVERSAL) {
                    fromTranscript = fromTranscript.subtract(t.magnitude());
                    evidence.add(t.source());
                }
            }
            result.add(new IncomeResult.Withholding(year, fromDocuments, fromReturn, fromTranscript, evidence));
        }
        return result;
    }

    private static IncomeDocument withStatus(IncomeDocument d, IncomeDocument.Status status) {
        return new IncomeDocument(d.documentId(), d.formType(), d.payerName(), d.payerTin(), d.recipientTin(),
                d.taxYear(), d.corrected(), d.origin(), status, d.boxes());
    }

    /**
     * Who issued a form: its payer TIN; for a TIN the IRS masked (a Wage and Income Transcript
     * prints XXXXX1234) the last four digits and the payer's name together, since four digits alone
     * would join different payers. A masked TIN never equals a whole one, so a transcript's form
     * and a CSV row of the same form are not one payer's forms to each other.
     */
    private static Object payerKey(IncomeDocument d) {
        Tin tin = d.payerTin();
        if (tin == null) {
            return "";
        }
        if (tin.isMasked()) {
            String name = d.payerName() == null ? "" : NOT_A_NAME_CHARACTER.matcher(d.payerName().toUpperCase(Locale.ROOT)).replaceAll("");
            return tin.lastFour() + "|" + name;
        }
        return tin;
    }

    /** Box → amount with amounts compared by value (100 = 100.00); the same box twice is summed. */
    private static Map<String, BigDecimal> boxAmounts(IncomeDocument d) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (InformationReturn row : d.boxes()) {
            amounts.merge(row.box().trim().toLowerCase(Locale.ROOT), row.amount(), BigDecimal::add);
        }
        amounts.replaceAll((box, amount) -> amount.stripTrailingZeros());
        return amounts;
    }
}
