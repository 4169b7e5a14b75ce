package io.taxrecon.sampledata.transcripts;

import io.taxrecon.sampledata.TransactionCodes;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.Person;
import io.taxrecon.sampledata.model.ReturnFigure;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Day;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Field;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Fields;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Money;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Section;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transaction;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Transactions;
import io.taxrecon.sampledata.transcripts.TranscriptDocument.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns a generated client's IRS-side rows into the transcripts the IRS would deliver for them:
 * an Account Transcript per TIN and tax year of its transactions, a Wage and Income Transcript
 * per TIN and year of its IRS-source W-2s and 1099s, a Tax Return Transcript per year of its
 * return lines. What a transcript cannot carry stays a CSV row ({@link Split#leftover()}): the
 * client's copies of forms, corrected forms with the forms they correct, a box or line without a
 * label, and rows of a TIN that
 * is neither the client's nor the spouse's, or of a couple whose TINs end in the same four digits
 * (the reader tells them apart by those digits alone).
 */
public final class TranscriptComposer {

    /** The codes under which the IRS prints a DLN: the assessments. */
    private static final Set<Integer> DLN_CODES = Set.of(150, 290, 300);
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final LocalDate responseDate;
    private final TranscriptLabels labels = TranscriptLabels.defaults();

    /** @param responseDate the date the transcripts were requested and answered, and accruals figured to */
    public TranscriptComposer(LocalDate responseDate) {
        this.responseDate = responseDate;
    }

    /** The client's transcripts, and the client with only the rows they do not carry. */
    public record Split(List<Placed> transcripts, GeneratedClient leftover) {
    }

    /** A transcript and the stem of its file's name: {@code ACTR-1040-2022-4566}. */
    public record Placed(TranscriptDocument document, String stem) {
    }

    public Split split(GeneratedClient c) {
        Map<String, Person> owners = owners(c);
        List<Placed> placed = new ArrayList<>();
        List<TranscriptLine> leftTransactions = new ArrayList<>();
        Map<String, List<TranscriptLine>> accounts = group(c.transactions(), leftTransactions,
                t -> owners.containsKey(t.tin()), t -> t.tin() + "|" + t.taxYear());
        accounts.forEach((key, lines) -> placed.add(account(owners.get(lines.get(0).tin()), lines)));

        List<InformationDocument> leftDocuments = new ArrayList<>();
        // a corrected form and the form it corrects stay together in the CSV: the rule that pairs
        // them knows the payer by its full EIN there, and by four digits on a transcript
        Set<String> corrected = c.documents().stream().filter(InformationDocument::corrected)
                .map(TranscriptComposer::payerKey).collect(Collectors.toSet());
        Map<String, List<InformationDocument>> wageIncome = group(c.documents(), leftDocuments,
                d -> owners.containsKey(d.recipientTin()) && !d.clientCopy() && !corrected.contains(payerKey(d))
                        && labelled(d),
                d -> d.recipientTin() + "|" + d.taxYear());
        wageIncome.forEach((key, docs) -> placed.add(wageAndIncome(owners.get(docs.get(0).recipientTin()), docs)));

        List<ReturnFigure> leftLines = new ArrayList<>();
        Person primary = c.primary();
        Map<String, List<ReturnFigure>> returns = group(c.returnLines(), leftLines,
                f -> owners.containsKey(primary.ssn()) && labels.returnLineLabel(f.line()).isPresent(),
                f -> Integer.toString(f.taxYear()));
        returns.forEach((key, figures) -> placed.add(taxReturn(primary, figures)));

        GeneratedClient leftover = new GeneratedClient(c.index(), c.clientId(), c.primary(), c.spouse(), c.reviewer(),
                c.notices(), leftTransactions, leftDocuments, leftLines, c.payments(), c.truth(), c.hardNegatives());
        return new Split(placed, leftover);
    }

    /** TIN → its person, for the TINs a transcript can be told to belong to. */
    private static Map<String, Person> owners(GeneratedClient c) {
        Map<String, Person> owners = new TreeMap<>();
        if (c.spouse() != null && last4(c.spouse().ssn()).equals(last4(c.primary().ssn()))) {
            return owners;
        }
        owners.put(c.primary().ssn(), c.primary());
        if (c.spouse() != null) {
            owners.put(c.spouse().ssn(), c.spouse());
        }
        return owners;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, List<T> left, Predicate<T> carried,
            Function<T, String> key) {
        Map<String, List<T>> groups = new TreeMap<>();
        for (T row : rows) {
            if (carried.test(row)) {
                groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
            } else {
                left.add(row);
            }
        }
        return groups;
    }

    private static String payerKey(InformationDocument d) {
        return d.recipientTin() + "|" + d.taxYear() + "|" + d.form() + "|" + d.payer().ein();
    }

    private boolean labelled(InformationDocument d) {
        return labels.formTitle(d.form()).isPresent()
                && d.boxes().stream().allMatch(b -> labels.boxLabel(d.form(), b.box()).isPresent());
    }

    private Placed account(Person owner, List<TranscriptLine> lines) {
        int year = lines.get(0).taxYear();
        List<Transaction> rows = new ArrayList<>();
        BigDecimal balance = ZERO;
        BigDecimal taxPerReturn = null;
        int serial = 0;
        for (TranscriptLine t : lines) {
            BigDecimal signed = TransactionCodes.isCredit(t.code()) ? t.amount().negate() : t.amount();
            balance = balance.add(signed);
            if (t.code() == 150 && taxPerReturn == null) {
                taxPerReturn = t.amount();
            }
            String dln = DLN_CODES.contains(t.code()) ? dln(t, ++serial) : null;
            rows.add(new Transaction(Integer.toString(t.code()), t.description(), TransactionCodes.cycle(t.date()),
                    t.date(), signed, dln));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Fields("", List.of(
                Field.of("Account balance", new Money(balance)),
                new Field("Accrued interest", new Money(ZERO), responseDate),
                new Field("Accrued penalty", new Money(ZERO), responseDate),
                Field.of("Account balance plus accruals (this is not a payoff amount)", new Money(balance)))));
        if (taxPerReturn == null) {
            sections.add(new TranscriptDocument.Notice("No tax return filed"));
        } else {
            sections.add(new Fields("Information from the return or as adjusted", List.of(
                    Field.of("Exemptions", new Words("01")),
                    Field.of("Tax per return", new Money(taxPerReturn)),
                    Field.of("Return due date or return received date (whichever is later)",
                            new Day(LocalDate.of(year + 1, 4, 15))))));
        }
        sections.add(new Transactions(rows));
        return placed(TranscriptProduct.ACCOUNT, owner, year, sections);
    }

    private Placed wageAndIncome(Person owner, List<InformationDocument> docs) {
        List<Section> sections = new ArrayList<>();
        for (InformationDocument d : docs) {
            List<Field> fields = new ArrayList<>();
            boolean w2 = d.form().label().startsWith("W-2");
            fields.add(Field.of(w2 ? "Employer Identification Number (EIN):" : "Payer's Federal Identification Number (FIN):",
                    new Words("XXXXX" + last4(d.payer().ein()))));
            fields.add(Field.of(w2 ? "Employer:" : "Payer:", new Words(d.payer().name())));
            fields.add(Field.of(w2 ? "Employee:" : "Recipient:", new Words(maskedName(owner.name()))));
            for (DocumentBox b : d.boxes()) {
                fields.add(Field.of(labels.boxLabel(d.form(), b.box()).orElseThrow(), new Money(b.amount())));
            }
            sections.add(new Fields(labels.formTitle(d.form()).orElseThrow(), fields));
        }
        return placed(TranscriptProduct.WAGE_AND_INCOME, owner, docs.get(0).taxYear(), sections);
    }

    private Placed taxReturn(Person owner, List<ReturnFigure> figures) {
        Map<String, List<Field>> bySection = new TreeMap<>(Map.of("1 Income", new ArrayList<>(),
                "2 Tax and Credits", new ArrayList<>(), "3 Payments", new ArrayList<>(),
                "4 Refund or Amount Owed", new ArrayList<>()));
        // one line per label: the transcript prints the withholding of lines 25a and 25b as one total
        Map<String, BigDecimal> byLabel = new LinkedHashMap<>();
        Map<String, String> lineOf = new LinkedHashMap<>();
        for (ReturnFigure f : figures) {
            String label = labels.returnLineLabel(f.line()).orElseThrow();
            byLabel.merge(label, f.amount().setScale(2), BigDecimal::add);
            lineOf.putIfAbsent(label, f.line());
        }
        byLabel.forEach((label, amount) -> {
            List<Field> section = bySection.get(sectionOf(lineOf.get(label)));
            section.add(Field.of(label, new Money(amount)));
            if (lineOf.get(label).equals("TOTAL_TAX")) {
                // the IRS's own figure beside the taxpayer's: the same here, as the return was processed as filed
                section.add(Field.of(label.replace(":", " PER COMPUTER:"), new Money(amount)));
            }
        });
        List<Section> sections = new ArrayList<>();
        sections.add(new Fields("", List.of(Field.of("Filing status", new Words("Single")),
                Field.of("Form number", new Words("1040")), Field.of("Cycle posted", new Words(Integer.toString(figures
                        .get(0).taxYear() + 1) + "1605")), Field.of("Received date",
                        new Day(LocalDate.of(figures.get(0).taxYear() + 1, 4, 15))))));
        bySection.forEach((title, fields) -> {
            if (!fields.isEmpty()) {
                sections.add(new Fields(title.substring(2), fields));
            }
        });
        return placed(TranscriptProduct.TAX_RETURN, owner, figures.get(0).taxYear(), sections);
    }

    private static String sectionOf(String line) {
        return switch (line) {
            case "TOTAL_TAX" -> "2 Tax and Credits";
            case "FEDERAL_WITHHOLDING", "25a", "25b", "ESTIMATED_TAX_PAYMENTS" -> "3 Payments";
            case "AMOUNT_OWED", "OVERPAYMENT" -> "4 Refund or Amount Owed";
            default -> "1 Income";
        };
    }

    private Placed placed(TranscriptProduct product, Person owner, int year, List<Section> sections) {
        String tracking = String.format(Locale.ROOT, "1%011d",
                Math.floorMod((long) (owner.ssn() + product + year).hashCode(), 100_000_000_000L));
        TranscriptDocument doc = new TranscriptDocument(product, "XXX-XX-" + last4(owner.ssn()), maskedName(owner.name()),
                year, responseDate, tracking, List.copyOf(sections));
        return new Placed(doc, product.fileCode() + "-1040-" + year + "-" + last4(owner.ssn()));
    }

    /** A document locator number as the IRS prints it: 28221-236-00012-4, stable for the transaction. */
    private static String dln(TranscriptLine t, int serial) {
        return String.format(Locale.ROOT, "28221-%03d-%05d-%d", t.date().getDayOfYear(),
                Math.floorMod(t.tin().hashCode() + t.taxYear() * 31 + serial, 100_000), t.date().getYear() % 10);
    }

    static String last4(String nineDigits) {
        return nineDigits.substring(nineDigits.length() - 4);
    }

    /** The IRS's name masking: the first four letters of the first and of the last name, "MEI RODR". */
    static String maskedName(String name) {
        String[] words = name.replace(",", " ").strip().split("\\s+");
        String first = words[0];
        String last = words[words.length - 1];
        if (name.contains(",")) {
            first = words[words.length - 1];
            last = words[0];
        }
        return (four(first) + " " + four(last)).strip().toUpperCase(Locale.ROOT);
    }

    private static String four(String word) {
        return word.length() <= 4 ? word : word.substring(0, 4);
    }
}
