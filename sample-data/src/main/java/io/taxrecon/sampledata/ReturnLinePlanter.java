package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.INCOME_AMOUNT_MISMATCH;
import static io.taxrecon.core.findings.FindingType.UNREPORTED_INCOME;
import static io.taxrecon.core.findings.FindingType.WITHHOLDING_MISMATCH;
import static io.taxrecon.sampledata.ClientDraft.ZERO;
import static io.taxrecon.sampledata.ClientDraft.min;
import static io.taxrecon.sampledata.ClientDraft.whole;

import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.ReturnFigure;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;

/** Plants the return's lines for a year: income by category (with the income plants), withholding, totals. */
final class ReturnLinePlanter {

    private final ClientDraft d;

    ReturnLinePlanter(ClientDraft d) {
        this.d = d;
    }

    void incomeLines(YearDraft ys) {
        for (Category c : Category.values()) {
            if (c == Category.FEDERAL_WITHHOLDING || c == Category.NONEMPLOYEE_COMPENSATION
                    || c == Category.PAYMENT_CARD_RECEIPTS || !ys.irs.containsKey(c)) {
                continue;
            }
            incomeLine(ys, c, ys.irs(c));
        }
        BigDecimal business = ys.irs(Category.NONEMPLOYEE_COMPENSATION).add(ys.irs(Category.PAYMENT_CARD_RECEIPTS));
        if (ys.irs.containsKey(Category.NONEMPLOYEE_COMPENSATION) || ys.irs.containsKey(Category.PAYMENT_CARD_RECEIPTS)) {
            if (ys.negative == HardNegative.REPORTED_ELSEWHERE) {
                // No Schedule C: the preparer put the 1099-NEC/K income on "other income".
                line(ys, Category.OTHER_INCOME, whole(business));
            } else {
                incomeLine(ys, Category.BUSINESS_GROSS_RECEIPTS, business);
            }
        }
        withholdingLines(ys);
    }

    void incomeLine(YearDraft ys, Category c, BigDecimal total) {
        Category unreported = ys.unreported == null ? null : category(ys.unreported);
        Category mismatch = ys.mismatch == null ? null : category(ys.mismatch);
        if (c == unreported) {
            if (d.r.nextDouble() < 0.2) {
                line(ys, c, BigDecimal.ZERO);
            }
            d.truth.add(new TruthRow(d.clientId, ys.year, UNREPORTED_INCOME, c.name(), total));
            return;
        }
        if (c == mismatch) {
            BigDecimal reported = switch (ys.mismatch) {
                case INT -> whole(total.subtract(ys.omittedInterest));
                case W2 -> whole(total).subtract(shortfall(total, 150, 3));
                case DIV -> whole(total).subtract(shortfall(total, 60, 2));
                default -> whole(total).subtract(shortfall(total, 200, 3));
            };
            line(ys, c, reported);
            d.truth.add(new TruthRow(d.clientId, ys.year, INCOME_AMOUNT_MISMATCH, c.name(), total.subtract(reported)));
            return;
        }
        line(ys, c, whole(total));
    }

    /** Whole dollars a preparer dropped: a round slip or a random one, at most total/divisor. */
    BigDecimal shortfall(BigDecimal total, long min, long divisor) {
        long max = Math.max(min, total.longValue() / divisor);
        long[] slips = {1_000, 900, 100, 2_000, 10_000};
        long slip = slips[d.r.nextInt(slips.length)];
        if (d.r.nextBoolean() && slip >= min && slip <= max) {
            return BigDecimal.valueOf(slip);
        }
        return BigDecimal.valueOf(d.r.nextLong(min, max + 1));
    }

    void withholdingLines(YearDraft ys) {
        BigDecimal a = ys.withholding();
        BigDecimal b = whole(a);
        BigDecimal c = a;
        if (ys.plants.contains(WITHHOLDING_MISMATCH)) {
            int variant = d.r.nextInt(3);
            if (variant == 0) {
                BigDecimal spouseW2 = spouseW2Withholding(ys);
                BigDecimal delta = spouseW2.signum() > 0 && d.r.nextBoolean()
                        ? spouseW2
                        : d.cents(50, Math.max(51, Math.min(3_000, a.longValue() / 2)));
                c = a.subtract(delta);
            } else if (variant == 1) {
                b = b.add(BigDecimal.valueOf(d.r.nextLong(100, 2_001)));
            } else {
                b = b.subtract(BigDecimal.valueOf(d.r.nextLong(50, Math.max(51, b.longValue() / 2) + 1)));
            }
            BigDecimal max = a.max(b).max(c);
            BigDecimal min = a.min(b).min(c);
            d.truth.add(new TruthRow(d.clientId, ys.year, WITHHOLDING_MISMATCH, Category.FEDERAL_WITHHOLDING.name(),
                    max.subtract(min)));
        }
        ys.returnWithholding = b;
        ys.irsWithholding = c;
        if (b.signum() == 0) {
            return;
        }
        if (!ys.lineNumbers) {
            d.lines.add(new ReturnFigure(ys.year, Category.FEDERAL_WITHHOLDING.name(), b));
            return;
        }
        BigDecimal fromW2 = whole(ys.w2Withholding);
        if (ys.otherWithholding.signum() > 0 && fromW2.signum() > 0 && b.compareTo(fromW2) > 0) {
            d.lines.add(new ReturnFigure(ys.year, "25a", fromW2));
            d.lines.add(new ReturnFigure(ys.year, "25b", b.subtract(fromW2)));
        } else {
            d.lines.add(new ReturnFigure(ys.year, ys.w2Withholding.signum() > 0 ? "25a" : "25b", b));
        }
    }

    BigDecimal spouseW2Withholding(YearDraft ys) {
        BigDecimal sum = ZERO;
        if (d.spouse == null) {
            return sum;
        }
        for (InformationDocument doc : d.docs) {
            if (doc.taxYear() == ys.year && doc.form() == FormType.W2 && !doc.clientCopy()
                    && doc.recipientTin().equals(d.spouse.ssn())) {
                for (DocumentBox b : doc.boxes()) {
                    if (b.box().equals("2")) {
                        sum = sum.add(b.amount());
                    }
                }
            }
        }
        return sum;
    }

    void line(YearDraft ys, Category c, BigDecimal amount) {
        String label = c.name();
        if (ys.lineNumbers) {
            label = switch (c) {
                case WAGES -> "1a";
                case TAXABLE_INTEREST -> "2b";
                case QUALIFIED_DIVIDENDS -> "3a";
                case ORDINARY_DIVIDENDS -> "3b";
                case SOCIAL_SECURITY_BENEFITS -> "6a";
                case RETIREMENT_DISTRIBUTIONS_TAXABLE -> "5b";
                default -> c.name();
            };
        }
        d.lines.add(new ReturnFigure(ys.year, label, amount));
    }

    Category category(IncomeKind kind) {
        return switch (kind) {
            case W2 -> Category.WAGES;
            case INT -> Category.TAXABLE_INTEREST;
            case DIV -> Category.ORDINARY_DIVIDENDS;
            case NEC, K -> Category.BUSINESS_GROSS_RECEIPTS;
            case R -> Category.RETIREMENT_DISTRIBUTIONS_TAXABLE;
            case G -> Category.UNEMPLOYMENT_COMPENSATION;
        };
    }

    void otherReturnLines(YearDraft ys) {
        BigDecimal tax = BigDecimal.valueOf(ys.totalTax);
        d.lines.add(new ReturnFigure(ys.year, Category.TOTAL_TAX.name(), tax));
        if (ys.estimatedPaid.signum() > 0) {
            d.lines.add(new ReturnFigure(ys.year, Category.ESTIMATED_TAX_PAYMENTS.name(), whole(ys.estimatedPaid)));
        }
        BigDecimal owed = tax.subtract(ys.returnWithholding).subtract(whole(ys.estimatedPaid)).subtract(whole(ys.refundableCredit));
        if (owed.signum() > 0) {
            d.lines.add(new ReturnFigure(ys.year, Category.AMOUNT_OWED.name(), owed));
        } else if (owed.signum() < 0) {
            d.lines.add(new ReturnFigure(ys.year, Category.OVERPAYMENT.name(), owed.negate()));
        }
    }
}
