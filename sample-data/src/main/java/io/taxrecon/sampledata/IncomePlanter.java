package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.DUPLICATE_INFORMATION_RETURN;
import static io.taxrecon.core.findings.FindingType.WITHHOLDING_MISMATCH;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.Payer;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Plants the W-2s and 1099s of a year, the income plants and negatives among them, and client copies. */
final class IncomePlanter {

    private final ClientDraft d;

    IncomePlanter(ClientDraft d) {
        this.d = d;
    }

    void income(YearDraft ys) {
        String p = d.primary.ssn();
        boolean wagesNeeded = ys.mismatch == IncomeKind.W2 || ys.plants.contains(WITHHOLDING_MISMATCH);
        if (wagesNeeded || d.r.nextDouble() < 0.78) {
            w2(ys, p, 1.0);
            if (d.r.nextDouble() < 0.15) {
                w2(ys, p, 0.35);
            }
        }
        if (d.spouse != null && (ys.negative == HardNegative.SPOUSE_W2_JOINT || d.r.nextDouble() < 0.6)) {
            w2(ys, d.spouse.ssn(), 0.9);
        }
        boolean bgrFree = ys.unreported != IncomeKind.NEC && ys.unreported != IncomeKind.K
                && ys.negative != HardNegative.REPORTED_ELSEWHERE;
        if (ys.unreported != IncomeKind.INT && (ys.mismatch == IncomeKind.INT || d.r.nextDouble() < 0.45)) {
            simple(ys, recipient(), FormType.F1099_INT, "1", d.cents(15, 3_000), backupWithholding(0.03));
        }
        if (ys.mismatch == IncomeKind.DIV || d.r.nextDouble() < 0.3) {
            BigDecimal ordinary = ys.mismatch == IncomeKind.DIV ? d.cents(400, 9_000) : d.cents(60, 9_000);
            BigDecimal qualified = d.fraction(ordinary, 0.4, 1.0);
            document(ys, recipient(), FormType.F1099_DIV, List.of(
                    new DocumentBox("1a", ordinary), new DocumentBox("1b", qualified)), false, false, true);
        }
        if (bgrFree && (ys.mismatch == IncomeKind.NEC || d.r.nextDouble() < 0.12)) {
            simple(ys, recipient(), FormType.F1099_NEC, "1", d.cents(2_000, 60_000), null);
        }
        if (bgrFree && d.r.nextDouble() < 0.05) {
            simple(ys, recipient(), FormType.F1099_K, "1a", d.cents(3_000, 80_000), null);
        }
        if (ys.unreported != IncomeKind.R && d.r.nextDouble() < 0.14) {
            BigDecimal gross = d.cents(3_000, 45_000);
            simple(ys, recipient(), FormType.F1099_R, "2a", gross, withholdingBox(0.5, "4", 0.15, gross));
        }
        if (d.r.nextDouble() < 0.12) {
            BigDecimal benefits = d.cents(9_000, 42_000);
            simple(ys, recipient(), FormType.SSA_1099, "5", benefits, withholdingBox(0.3, "6", 0.07, benefits));
        }
        if (ys.unreported != IncomeKind.G && d.r.nextDouble() < 0.04) {
            BigDecimal benefits = d.cents(1_500, 14_000);
            simple(ys, recipient(), FormType.F1099_G, "1", benefits, withholdingBox(0.4, "4", 0.10, benefits));
        }
        if (ys.irs.isEmpty()) {
            w2(ys, p, 1.0);
        }
        incomePlants(ys);
        incomeNegatives(ys);
        if (d.r.nextDouble() < 0.06) {
            clientCopy(ys);
        }
    }

    void incomePlants(YearDraft ys) {
        if (ys.unreported != null) {
            BigDecimal amount = switch (ys.unreported) {
                case INT -> d.cents(150, 4_000);
                case NEC -> d.cents(1_500, 40_000);
                case K -> d.cents(3_000, 50_000);
                case G -> d.cents(2_000, 12_000);
                case R -> d.cents(2_000, 30_000);
                default -> throw new IllegalStateException();
            };
            FormType form = switch (ys.unreported) {
                case INT -> FormType.F1099_INT;
                case NEC -> FormType.F1099_NEC;
                case K -> FormType.F1099_K;
                case G -> FormType.F1099_G;
                default -> FormType.F1099_R;
            };
            String box = switch (ys.unreported) {
                case K -> "1a";
                case R -> "2a";
                default -> "1";
            };
            simple(ys, recipient(), form, box, amount, null);
        }
        if (ys.mismatch == IncomeKind.INT) {
            // A second bank's 1099-INT that the return left off.
            BigDecimal amount = d.cents(100, 2_500);
            simple(ys, recipient(), FormType.F1099_INT, "1", amount, null);
            ys.omittedInterest = amount;
        }
        if (ys.plants.contains(DUPLICATE_INFORMATION_RETURN)) {
            List<InformationDocument> counted = new ArrayList<>();
            for (InformationDocument doc : d.docs) {
                if (doc.taxYear() == ys.year && !doc.clientCopy()) {
                    counted.add(doc);
                }
            }
            InformationDocument original = counted.get(d.r.nextInt(counted.size()));
            InformationDocument repeat = original.withId(d.nextDocumentId());
            d.docs.add(repeat);
            d.truth.add(new TruthRow(d.clientId, ys.year, DUPLICATE_INFORMATION_RETURN, repeat.documentId(), null));
        }
    }

    void incomeNegatives(YearDraft ys) {
        if (ys.negative == HardNegative.CORRECTED_FORM) {
            String to = recipient();
            if (d.r.nextBoolean()) {
                BigDecimal original = d.cents(200, 5_000);
                BigDecimal corrected = d.differentFraction(original);
                Payer payer = payer(ys, to, FormType.F1099_INT);
                document(ys, to, FormType.F1099_INT, payer, List.of(new DocumentBox("1", original)), false, false, false);
                document(ys, to, FormType.F1099_INT, payer, List.of(new DocumentBox("1", corrected)), false, true, true);
            } else {
                BigDecimal original = d.cents(300, 6_000);
                BigDecimal corrected = d.differentFraction(original);
                Payer payer = payer(ys, to, FormType.F1099_DIV);
                document(ys, to, FormType.F1099_DIV, payer, List.of(
                        new DocumentBox("1a", original), new DocumentBox("1b", d.fraction(original, 0.5, 0.9))),
                        false, false, false);
                document(ys, to, FormType.F1099_DIV, payer, List.of(
                        new DocumentBox("1a", corrected), new DocumentBox("1b", d.fraction(corrected, 0.5, 0.9))),
                        false, true, true);
            }
        }
        if (ys.negative == HardNegative.REPORTED_ELSEWHERE) {
            BigDecimal amount = d.r.nextBoolean() ? d.dollars(1_500, 9_000) : d.cents(1_500, 9_000);
            if (d.r.nextDouble() < 0.75) {
                simple(ys, recipient(), FormType.F1099_NEC, "1", amount, null);
            } else {
                simple(ys, recipient(), FormType.F1099_K, "1a", amount, null);
            }
        }
        if (ys.negative == HardNegative.CLIENT_COPY_DIFFERS) {
            clientCopy(ys);
        }
    }

    /** A CLIENT-source copy of one of the year's IRS documents, always differing in one amount. */
    void clientCopy(YearDraft ys) {
        List<InformationDocument> candidates = new ArrayList<>();
        for (InformationDocument doc : d.docs) {
            if (doc.taxYear() == ys.year && !doc.clientCopy() && !doc.corrected()) {
                candidates.add(doc);
            }
        }
        InformationDocument original = candidates.get(d.r.nextInt(candidates.size()));
        List<DocumentBox> boxes = new ArrayList<>(original.boxes());
        int i = d.r.nextInt(boxes.size());
        BigDecimal amount = boxes.get(i).amount();
        BigDecimal delta = d.cents(1, Math.max(2, amount.longValue() / 10));
        BigDecimal changed = d.r.nextBoolean() || amount.compareTo(delta.add(BigDecimal.ONE)) <= 0
                ? amount.add(delta) : amount.subtract(delta);
        boxes.set(i, new DocumentBox(boxes.get(i).box(), changed));
        d.docs.add(new InformationDocument(d.nextDocumentId(), original.recipientTin(), ys.year, original.form(),
                original.payer(), List.copyOf(boxes), true, false));
    }

    void w2(YearDraft ys, String to, double scale) {
        double wages = Math.exp(Math.log(18_000) + d.r.nextDouble() * (Math.log(240_000) - Math.log(18_000))) * scale;
        BigDecimal box1 = BigDecimal.valueOf(Math.max(1_000_00L, Math.round(wages * 100)), 2);
        BigDecimal box2 = d.fraction(box1, 0.06, 0.22);
        document(ys, to, FormType.W2, List.of(new DocumentBox("1", box1), new DocumentBox("2", box2)), false, false, true);
    }

    /** Backup withholding on interest: rare and small. */
    DocumentBox backupWithholding(double chance) {
        return d.r.nextDouble() < chance ? new DocumentBox("4", d.cents(5, 60)) : null;
    }

    DocumentBox withholdingBox(double chance, String box, double rate, BigDecimal gross) {
        return d.r.nextDouble() < chance ? new DocumentBox(box, d.fraction(gross, rate * 0.5, rate)) : null;
    }

    void simple(YearDraft ys, String to, FormType form, String box, BigDecimal amount, DocumentBox withheld) {
        List<DocumentBox> boxes = withheld == null
                ? List.of(new DocumentBox(box, amount))
                : List.of(new DocumentBox(box, amount), withheld);
        document(ys, to, form, boxes, false, false, true);
    }

    void document(YearDraft ys, String to, FormType form, List<DocumentBox> boxes,
            boolean clientCopy, boolean corrected, boolean counted) {
        document(ys, to, form, payer(ys, to, form), boxes, clientCopy, corrected, counted);
    }

    void document(YearDraft ys, String to, FormType form, Payer payer, List<DocumentBox> boxes,
            boolean clientCopy, boolean corrected, boolean counted) {
        d.docs.add(new InformationDocument(d.nextDocumentId(), to, ys.year, form, payer, boxes, clientCopy, corrected));
        if (!counted) {
            return;
        }
        for (DocumentBox b : boxes) {
            Category c = BoxCategories.of(form, b.box());
            ys.irs.merge(c, b.amount(), BigDecimal::add);
            if (c == Category.FEDERAL_WITHHOLDING) {
                if (form == FormType.W2) {
                    ys.w2Withholding = ys.w2Withholding.add(b.amount());
                } else {
                    ys.otherWithholding = ys.otherWithholding.add(b.amount());
                }
            }
        }
    }

    /** A payer not yet used for this recipient and form in this year (so no accidental repeat or correction). */
    Payer payer(YearDraft ys, String to, FormType form) {
        List<Payer> list = d.payers.of(form);
        int start = d.r.nextInt(list.size());
        for (int i = 0; i < list.size(); i++) {
            Payer p = list.get((start + i) % list.size());
            if (ys.usedPayers.add(to + form + p.ein())) {
                return p;
            }
        }
        throw new LayoutConflict();
    }

    String recipient() {
        return d.spouse != null && d.r.nextDouble() < 0.3 ? d.spouse.ssn() : d.primary.ssn();
    }
}
