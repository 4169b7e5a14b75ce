package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.DISHONORED_PAYMENT;
import static io.taxrecon.core.findings.FindingType.DUPLICATE_INFORMATION_RETURN;
import static io.taxrecon.core.findings.FindingType.DUPLICATE_POSTING;
import static io.taxrecon.core.findings.FindingType.IDENTITY_MISMATCH;
import static io.taxrecon.core.findings.FindingType.INCOME_AMOUNT_MISMATCH;
import static io.taxrecon.core.findings.FindingType.MISAPPLIED_PAYMENT_TIN;
import static io.taxrecon.core.findings.FindingType.MISAPPLIED_PAYMENT_YEAR;
import static io.taxrecon.core.findings.FindingType.NOTICE_BALANCE_MISMATCH;
import static io.taxrecon.core.findings.FindingType.PAYMENT_AMOUNT_MISMATCH;
import static io.taxrecon.core.findings.FindingType.RESPONSE_DEADLINE;
import static io.taxrecon.core.findings.FindingType.UNKNOWN_NOTICE_CODE;
import static io.taxrecon.core.findings.FindingType.UNPOSTED_PAYMENT;
import static io.taxrecon.core.findings.FindingType.UNREPORTED_INCOME;
import static io.taxrecon.core.findings.FindingType.WITHHOLDING_MISMATCH;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.PaymentLayoutCheck.PlannedPayment;
import io.taxrecon.sampledata.model.DocumentBox;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.Payer;
import io.taxrecon.sampledata.model.PaymentRecord;
import io.taxrecon.sampledata.model.Person;
import io.taxrecon.sampledata.model.ReturnFigure;
import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds one client: a realistic baseline that satisfies every rule of RULES.md, then the planted
 * findings or the hard negative of its {@link ClientPlan}, and the truth rows those plants imply.
 *
 * <p>The truth is never computed by reconciling: each plant states its own key and difference
 * from the figures it wrote. What keeps plants from spilling into other findings is the layout:
 * payments of a client are at least 40 days apart, plant amounts are unique within the client,
 * planted income gaps are at least ~$50 while rounding leaves at most $0.50, and
 * {@link PaymentLayoutCheck} rejects any attempt in which a payment's window could see a credit
 * that is not its own (the client is then rebuilt from the next random stream).
 */
final class ClientComposer {

    private static final int MAX_ATTEMPTS = 200;
    private static final int PAYMENT_SPACING_DAYS = 40;
    private static final BigDecimal NOTICE_MIN_BALANCE = new BigDecimal("25.00");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final String[] REVIEWERS = {"A. Patel", "M. Chen", "R. Okafor", "S. Delgado", "K. Whitfield", "J. Nováková"};
    private static final String[] BALANCE_CODES = {"CP14", "CP14", "CP14", "CP501", "CP503", "CP504", "LT11", "LTR1058"};
    private static final String[] METHODS = {"EFTPS", "DIRECT_PAY", "DIRECT_PAY", "CHECK", "CARD", "IRS2GO"};

    /** Where a year's income plant puts its gap. */
    private enum Kind { W2, INT, DIV, NEC, K, R, G }

    private final long seed;
    private final LocalDate runDate;
    private final int[] taxYears;
    private final long foreignBase;
    private final int idWidth;
    private final PayerDirectory payers;
    private final SsnSpace ssns;

    ClientComposer(long seed, LocalDate runDate, int clients, PayerDirectory payers, SsnSpace ssns) {
        this.seed = seed;
        this.runDate = runDate;
        this.taxYears = new int[] {runDate.getYear() - 3, runDate.getYear() - 2};
        this.foreignBase = SsnSpace.foreignBase(clients);
        this.idWidth = Math.max(6, Integer.toString(clients).length());
        this.payers = payers;
        this.ssns = ssns;
    }

    /** The tax years the generator writes for this run date: the two years before last. */
    int[] taxYears() {
        return taxYears.clone();
    }

    String clientNumber(int index) {
        String n = Integer.toString(index + 1);
        return "0".repeat(Math.max(0, idWidth - n.length())) + n;
    }

    GeneratedClient compose(int index, ClientPlan plan) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Attempt a = new Attempt(index, plan, RandomStreams.of(seed, index, attempt));
            GeneratedClient client = a.build();
            if (client != null) {
                return client;
            }
        }
        throw new IllegalStateException("no unambiguous layout found for client " + clientNumber(index));
    }

    /** Thrown inside an attempt when a random choice cannot be placed; the attempt is dropped. */
    private static final class LayoutConflict extends RuntimeException {
        LayoutConflict() {
            super(null, null, false, false);
        }
    }

    /** One tax year of the client while it is being built. */
    private static final class YearState {
        final int year;
        final List<FindingType> plants = new ArrayList<>();
        HardNegative negative;
        Kind unreported;
        Kind mismatch;
        final Map<Category, BigDecimal> irs = new EnumMap<>(Category.class);
        BigDecimal w2Withholding = ZERO;
        BigDecimal otherWithholding = ZERO;
        BigDecimal omittedInterest = ZERO;
        final Set<String> usedPayers = new HashSet<>();
        boolean lineNumbers;
        BigDecimal returnWithholding;
        BigDecimal irsWithholding;
        BigDecimal refundableCredit = ZERO;
        BigDecimal estimatedPaid = ZERO;
        long totalTax;
        LocalDate filed;
        boolean extended;

        YearState(int year) {
            this.year = year;
        }

        BigDecimal irs(Category c) {
            return irs.getOrDefault(c, ZERO);
        }

        BigDecimal withholding() {
            return irs(Category.FEDERAL_WITHHOLDING);
        }
    }

    private final class Attempt {
        final int index;
        final ClientPlan plan;
        final SplittableRandom r;
        final String num;
        final String clientId;
        Person primary;
        Person spouse;
        final List<YearState> years = new ArrayList<>();
        final List<TranscriptLine> txns = new ArrayList<>();
        final List<InformationDocument> docs = new ArrayList<>();
        final List<ReturnFigure> lines = new ArrayList<>();
        final List<PlannedPayment> payments = new ArrayList<>();
        final List<NoticeRecord> notices = new ArrayList<>();
        final List<TruthRow> truth = new ArrayList<>();
        final Set<BigDecimal> amounts = new HashSet<>();
        final Set<HardNegative> negatives = EnumSet.noneOf(HardNegative.class);
        int docSeq;
        int paymentSeq;
        int noticeSeq;

        Attempt(int index, ClientPlan plan, SplittableRandom r) {
            this.index = index;
            this.plan = plan;
            this.r = r;
            this.num = clientNumber(index);
            this.clientId = "C" + num;
        }

        GeneratedClient build() {
            try {
                people();
                chooseYears();
                for (YearState ys : years) {
                    income(ys);
                }
                for (YearState ys : years) {
                    account(ys);
                }
                for (YearState ys : years) {
                    for (FindingType t : ys.plants) {
                        paymentPlant(ys, t);
                    }
                    paymentNegative(ys);
                }
                for (YearState ys : years) {
                    refundsAndCharges(ys);
                    otherReturnLines(ys);
                }
                for (YearState ys : years) {
                    if (ys.negative == HardNegative.PENDING_PAYMENT) {
                        pending(ys);
                    }
                }
                if (!PaymentLayoutCheck.unambiguous(payments, txns, primary.ssn(), spouse == null ? null : spouse.ssn())) {
                    return null;
                }
                for (YearState ys : years) {
                    notices(ys);
                }
            } catch (LayoutConflict e) {
                return null;
            }
            return assemble();
        }

        // ---------------------------------------------------------------- people and years

        void people() {
            String last = NameBook.lastName(r);
            primary = new Person(NameBook.fullName(r, last), ssns.primary(index));
            boolean needsSpouse = plan.negative() == HardNegative.SPOUSE_W2_JOINT;
            if (needsSpouse || r.nextDouble() < 0.40) {
                String spouseLast = r.nextDouble() < 0.75 ? last : NameBook.lastName(r);
                spouse = new Person(NameBook.fullName(r, spouseLast), ssns.spouse(index));
            }
        }

        void chooseYears() {
            boolean both = plan.plants().contains(MISAPPLIED_PAYMENT_YEAR) || r.nextDouble() < 0.35;
            if (both) {
                years.add(new YearState(taxYears[0]));
                years.add(new YearState(taxYears[1]));
            } else {
                years.add(new YearState(taxYears[r.nextDouble() < 0.45 ? 0 : 1]));
            }
            for (YearState ys : years) {
                ys.lineNumbers = (ys.year == 2023 || ys.year == 2024) && r.nextDouble() < 0.3;
            }
            for (FindingType t : plan.plants()) {
                years.get(r.nextInt(years.size())).plants.add(t);
            }
            if (plan.negative() != null) {
                years.get(r.nextInt(years.size())).negative = plan.negative();
                negatives.add(plan.negative());
            }
            for (YearState ys : years) {
                if (ys.plants.contains(UNREPORTED_INCOME)) {
                    Kind[] kinds = {Kind.INT, Kind.INT, Kind.NEC, Kind.NEC, Kind.K, Kind.G, Kind.R};
                    ys.unreported = kinds[r.nextInt(kinds.length)];
                }
                if (ys.plants.contains(INCOME_AMOUNT_MISMATCH)) {
                    List<Kind> options = new ArrayList<>(List.of(Kind.W2, Kind.INT, Kind.DIV, Kind.NEC));
                    if (ys.unreported == Kind.INT) {
                        options.remove(Kind.INT);
                    }
                    if (ys.unreported == Kind.NEC || ys.unreported == Kind.K) {
                        options.remove(Kind.NEC);
                    }
                    ys.mismatch = options.get(r.nextInt(options.size()));
                }
            }
        }

        // ---------------------------------------------------------------- income

        void income(YearState ys) {
            String p = primary.ssn();
            boolean wagesNeeded = ys.mismatch == Kind.W2 || ys.plants.contains(WITHHOLDING_MISMATCH);
            if (wagesNeeded || r.nextDouble() < 0.78) {
                w2(ys, p, 1.0);
                if (r.nextDouble() < 0.15) {
                    w2(ys, p, 0.35);
                }
            }
            if (spouse != null && (ys.negative == HardNegative.SPOUSE_W2_JOINT || r.nextDouble() < 0.6)) {
                w2(ys, spouse.ssn(), 0.9);
            }
            boolean bgrFree = ys.unreported != Kind.NEC && ys.unreported != Kind.K
                    && ys.negative != HardNegative.REPORTED_ELSEWHERE;
            if (ys.unreported != Kind.INT && (ys.mismatch == Kind.INT || r.nextDouble() < 0.45)) {
                simple(ys, recipient(), FormType.F1099_INT, "1", cents(15, 3_000), backupWithholding(0.03));
            }
            if (ys.mismatch == Kind.DIV || r.nextDouble() < 0.3) {
                BigDecimal ordinary = ys.mismatch == Kind.DIV ? cents(400, 9_000) : cents(60, 9_000);
                BigDecimal qualified = fraction(ordinary, 0.4, 1.0);
                document(ys, recipient(), FormType.F1099_DIV, List.of(
                        new DocumentBox("1a", ordinary), new DocumentBox("1b", qualified)), false, false, true);
            }
            if (bgrFree && (ys.mismatch == Kind.NEC || r.nextDouble() < 0.12)) {
                simple(ys, recipient(), FormType.F1099_NEC, "1", cents(2_000, 60_000), null);
            }
            if (bgrFree && r.nextDouble() < 0.05) {
                simple(ys, recipient(), FormType.F1099_K, "1a", cents(3_000, 80_000), null);
            }
            if (ys.unreported != Kind.R && r.nextDouble() < 0.14) {
                BigDecimal gross = cents(3_000, 45_000);
                simple(ys, recipient(), FormType.F1099_R, "2a", gross, withholdingBox(0.5, "4", 0.15, gross));
            }
            if (r.nextDouble() < 0.12) {
                BigDecimal benefits = cents(9_000, 42_000);
                simple(ys, recipient(), FormType.SSA_1099, "5", benefits, withholdingBox(0.3, "6", 0.07, benefits));
            }
            if (ys.unreported != Kind.G && r.nextDouble() < 0.04) {
                BigDecimal benefits = cents(1_500, 14_000);
                simple(ys, recipient(), FormType.F1099_G, "1", benefits, withholdingBox(0.4, "4", 0.10, benefits));
            }
            if (ys.irs.isEmpty()) {
                w2(ys, p, 1.0);
            }
            incomePlants(ys);
            incomeNegatives(ys);
            if (r.nextDouble() < 0.06) {
                clientCopy(ys);
            }
            incomeLines(ys);
        }

        void incomePlants(YearState ys) {
            if (ys.unreported != null) {
                BigDecimal amount = switch (ys.unreported) {
                    case INT -> cents(150, 4_000);
                    case NEC -> cents(1_500, 40_000);
                    case K -> cents(3_000, 50_000);
                    case G -> cents(2_000, 12_000);
                    case R -> cents(2_000, 30_000);
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
            if (ys.mismatch == Kind.INT) {
                // A second bank's 1099-INT that the return left off.
                BigDecimal amount = cents(100, 2_500);
                simple(ys, recipient(), FormType.F1099_INT, "1", amount, null);
                ys.omittedInterest = amount;
            }
            if (ys.plants.contains(DUPLICATE_INFORMATION_RETURN)) {
                List<InformationDocument> counted = new ArrayList<>();
                for (InformationDocument d : docs) {
                    if (d.taxYear() == ys.year && !d.clientCopy()) {
                        counted.add(d);
                    }
                }
                InformationDocument original = counted.get(r.nextInt(counted.size()));
                InformationDocument repeat = original.withId(nextDocumentId());
                docs.add(repeat);
                truth.add(new TruthRow(clientId, ys.year, DUPLICATE_INFORMATION_RETURN, repeat.documentId(), null));
            }
        }

        void incomeNegatives(YearState ys) {
            if (ys.negative == HardNegative.CORRECTED_FORM) {
                String to = recipient();
                if (r.nextBoolean()) {
                    BigDecimal original = cents(200, 5_000);
                    BigDecimal corrected = differentFraction(original);
                    Payer payer = payer(ys, to, FormType.F1099_INT);
                    document(ys, to, FormType.F1099_INT, payer, List.of(new DocumentBox("1", original)), false, false, false);
                    document(ys, to, FormType.F1099_INT, payer, List.of(new DocumentBox("1", corrected)), false, true, true);
                } else {
                    BigDecimal original = cents(300, 6_000);
                    BigDecimal corrected = differentFraction(original);
                    Payer payer = payer(ys, to, FormType.F1099_DIV);
                    document(ys, to, FormType.F1099_DIV, payer, List.of(
                            new DocumentBox("1a", original), new DocumentBox("1b", fraction(original, 0.5, 0.9))),
                            false, false, false);
                    document(ys, to, FormType.F1099_DIV, payer, List.of(
                            new DocumentBox("1a", corrected), new DocumentBox("1b", fraction(corrected, 0.5, 0.9))),
                            false, true, true);
                }
            }
            if (ys.negative == HardNegative.REPORTED_ELSEWHERE) {
                BigDecimal amount = r.nextBoolean() ? dollars(1_500, 9_000) : cents(1_500, 9_000);
                if (r.nextDouble() < 0.75) {
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
        void clientCopy(YearState ys) {
            List<InformationDocument> candidates = new ArrayList<>();
            for (InformationDocument d : docs) {
                if (d.taxYear() == ys.year && !d.clientCopy() && !d.corrected()) {
                    candidates.add(d);
                }
            }
            InformationDocument original = candidates.get(r.nextInt(candidates.size()));
            List<DocumentBox> boxes = new ArrayList<>(original.boxes());
            int i = r.nextInt(boxes.size());
            BigDecimal amount = boxes.get(i).amount();
            BigDecimal delta = cents(1, Math.max(2, amount.longValue() / 10));
            BigDecimal changed = r.nextBoolean() || amount.compareTo(delta.add(BigDecimal.ONE)) <= 0
                    ? amount.add(delta) : amount.subtract(delta);
            boxes.set(i, new DocumentBox(boxes.get(i).box(), changed));
            docs.add(new InformationDocument(nextDocumentId(), original.recipientTin(), ys.year, original.form(),
                    original.payer(), List.copyOf(boxes), true, false));
        }

        void incomeLines(YearState ys) {
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

        void incomeLine(YearState ys, Category c, BigDecimal total) {
            Category unreported = ys.unreported == null ? null : category(ys.unreported);
            Category mismatch = ys.mismatch == null ? null : category(ys.mismatch);
            if (c == unreported) {
                if (r.nextDouble() < 0.2) {
                    line(ys, c, BigDecimal.ZERO);
                }
                truth.add(new TruthRow(clientId, ys.year, UNREPORTED_INCOME, c.name(), total));
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
                truth.add(new TruthRow(clientId, ys.year, INCOME_AMOUNT_MISMATCH, c.name(), total.subtract(reported)));
                return;
            }
            line(ys, c, whole(total));
        }

        /** Whole dollars a preparer dropped: a round slip or a random one, at most total/divisor. */
        BigDecimal shortfall(BigDecimal total, long min, long divisor) {
            long max = Math.max(min, total.longValue() / divisor);
            long[] slips = {1_000, 900, 100, 2_000, 10_000};
            long slip = slips[r.nextInt(slips.length)];
            if (r.nextBoolean() && slip >= min && slip <= max) {
                return BigDecimal.valueOf(slip);
            }
            return BigDecimal.valueOf(r.nextLong(min, max + 1));
        }

        void withholdingLines(YearState ys) {
            BigDecimal a = ys.withholding();
            BigDecimal b = whole(a);
            BigDecimal c = a;
            if (ys.plants.contains(WITHHOLDING_MISMATCH)) {
                int variant = r.nextInt(3);
                if (variant == 0) {
                    BigDecimal spouseW2 = spouseW2Withholding(ys);
                    BigDecimal delta = spouseW2.signum() > 0 && r.nextBoolean()
                            ? spouseW2
                            : cents(50, Math.max(51, Math.min(3_000, a.longValue() / 2)));
                    c = a.subtract(delta);
                } else if (variant == 1) {
                    b = b.add(BigDecimal.valueOf(r.nextLong(100, 2_001)));
                } else {
                    b = b.subtract(BigDecimal.valueOf(r.nextLong(50, Math.max(51, b.longValue() / 2) + 1)));
                }
                BigDecimal max = a.max(b).max(c);
                BigDecimal min = a.min(b).min(c);
                truth.add(new TruthRow(clientId, ys.year, WITHHOLDING_MISMATCH, Category.FEDERAL_WITHHOLDING.name(),
                        max.subtract(min)));
            }
            ys.returnWithholding = b;
            ys.irsWithholding = c;
            if (b.signum() == 0) {
                return;
            }
            if (!ys.lineNumbers) {
                lines.add(new ReturnFigure(ys.year, Category.FEDERAL_WITHHOLDING.name(), b));
                return;
            }
            BigDecimal fromW2 = whole(ys.w2Withholding);
            if (ys.otherWithholding.signum() > 0 && fromW2.signum() > 0 && b.compareTo(fromW2) > 0) {
                lines.add(new ReturnFigure(ys.year, "25a", fromW2));
                lines.add(new ReturnFigure(ys.year, "25b", b.subtract(fromW2)));
            } else {
                lines.add(new ReturnFigure(ys.year, ys.w2Withholding.signum() > 0 ? "25a" : "25b", b));
            }
        }

        BigDecimal spouseW2Withholding(YearState ys) {
            BigDecimal sum = ZERO;
            if (spouse == null) {
                return sum;
            }
            for (InformationDocument d : docs) {
                if (d.taxYear() == ys.year && d.form() == FormType.W2 && !d.clientCopy()
                        && d.recipientTin().equals(spouse.ssn())) {
                    for (DocumentBox b : d.boxes()) {
                        if (b.box().equals("2")) {
                            sum = sum.add(b.amount());
                        }
                    }
                }
            }
            return sum;
        }

        void line(YearState ys, Category c, BigDecimal amount) {
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
            lines.add(new ReturnFigure(ys.year, label, amount));
        }

        Category category(Kind kind) {
            return switch (kind) {
                case W2 -> Category.WAGES;
                case INT -> Category.TAXABLE_INTEREST;
                case DIV -> Category.ORDINARY_DIVIDENDS;
                case NEC, K -> Category.BUSINESS_GROSS_RECEIPTS;
                case R -> Category.RETIREMENT_DISTRIBUTIONS_TAXABLE;
                case G -> Category.UNEMPLOYMENT_COMPENSATION;
            };
        }

        void w2(YearState ys, String to, double scale) {
            double wages = Math.exp(Math.log(18_000) + r.nextDouble() * (Math.log(240_000) - Math.log(18_000))) * scale;
            BigDecimal box1 = BigDecimal.valueOf(Math.max(1_000_00L, Math.round(wages * 100)), 2);
            BigDecimal box2 = fraction(box1, 0.06, 0.22);
            document(ys, to, FormType.W2, List.of(new DocumentBox("1", box1), new DocumentBox("2", box2)), false, false, true);
        }

        /** Backup withholding on interest: rare and small. */
        DocumentBox backupWithholding(double chance) {
            return r.nextDouble() < chance ? new DocumentBox("4", cents(5, 60)) : null;
        }

        DocumentBox withholdingBox(double chance, String box, double rate, BigDecimal gross) {
            return r.nextDouble() < chance ? new DocumentBox(box, fraction(gross, rate * 0.5, rate)) : null;
        }

        void simple(YearState ys, String to, FormType form, String box, BigDecimal amount, DocumentBox withheld) {
            List<DocumentBox> boxes = withheld == null
                    ? List.of(new DocumentBox(box, amount))
                    : List.of(new DocumentBox(box, amount), withheld);
            document(ys, to, form, boxes, false, false, true);
        }

        void document(YearState ys, String to, FormType form, List<DocumentBox> boxes,
                boolean clientCopy, boolean corrected, boolean counted) {
            document(ys, to, form, payer(ys, to, form), boxes, clientCopy, corrected, counted);
        }

        void document(YearState ys, String to, FormType form, Payer payer, List<DocumentBox> boxes,
                boolean clientCopy, boolean corrected, boolean counted) {
            docs.add(new InformationDocument(nextDocumentId(), to, ys.year, form, payer, boxes, clientCopy, corrected));
            if (!counted) {
                return;
            }
            for (DocumentBox b : boxes) {
                Category c = boxCategory(form, b.box());
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
        Payer payer(YearState ys, String to, FormType form) {
            List<Payer> list = payers.of(form);
            int start = r.nextInt(list.size());
            for (int i = 0; i < list.size(); i++) {
                Payer p = list.get((start + i) % list.size());
                if (ys.usedPayers.add(to + form + p.ein())) {
                    return p;
                }
            }
            throw new LayoutConflict();
        }

        String recipient() {
            return spouse != null && r.nextDouble() < 0.3 ? spouse.ssn() : primary.ssn();
        }

        String nextDocumentId() {
            return "D" + num + "-" + two(++docSeq);
        }

        // ---------------------------------------------------------------- account and payments

        void account(YearState ys) {
            String tin = primary.ssn();
            int y = ys.year;
            BigDecimal income = ZERO;
            for (Map.Entry<Category, BigDecimal> e : ys.irs.entrySet()) {
                if (e.getKey() != Category.FEDERAL_WITHHOLDING && e.getKey() != Category.QUALIFIED_DIVIDENDS) {
                    income = income.add(e.getValue());
                }
            }
            ys.totalTax = Math.round(income.doubleValue() * (0.05 + r.nextDouble() * 0.12));
            ys.extended = r.nextDouble() < 0.22;
            ys.filed = ys.extended
                    ? LocalDate.of(y + 1, 10, 1 + r.nextInt(15))
                    : LocalDate.of(y + 1, 3, 1).plusDays(r.nextInt(46));
            txn(tin, y, 150, ys.filed.plusDays(14 + r.nextInt(21)), BigDecimal.valueOf(ys.totalTax).setScale(2));
            if (ys.irsWithholding.signum() > 0) {
                txn(tin, y, 806, LocalDate.of(y + 1, 4, 15), ys.irsWithholding);
            }
            if (r.nextDouble() < 0.08) {
                ys.refundableCredit = cents(400, 3_500);
                txn(tin, y, 766, ys.filed.plusDays(14), ys.refundableCredit);
            }
            BigDecimal remaining = BigDecimal.valueOf(ys.totalTax).setScale(2)
                    .subtract(ys.withholding()).subtract(ys.refundableCredit);
            if (remaining.compareTo(BigDecimal.ONE) <= 0) {
                return;
            }
            double mode = r.nextDouble();
            BigDecimal target = mode < 0.55 ? remaining
                    : mode < 0.80 ? fraction(remaining, 0.3, 0.85) : ZERO;
            if (target.compareTo(new BigDecimal("800")) >= 0 && r.nextDouble() < 0.4) {
                long quarter = (long) (target.doubleValue() * (0.5 + r.nextDouble() * 0.5) / 4);
                if (quarter >= 50) {
                    BigDecimal q = BigDecimal.valueOf(quarter).setScale(2);
                    String method = r.nextBoolean() ? "EFTPS" : "DIRECT_PAY";
                    LocalDate[] dates = {LocalDate.of(y, 4, 15), LocalDate.of(y, 6, 15), LocalDate.of(y, 9, 15), LocalDate.of(y + 1, 1, 15)};
                    int code = r.nextDouble() < 0.75 ? 660 : 430;
                    for (LocalDate d : dates) {
                        PlannedPayment p = payment(tin, y, d, q, method, "ESTIMATED");
                        credit(p, tin, y, code, d.plusDays(postingDelay(method)), q);
                    }
                    amounts.add(q);
                    ys.estimatedPaid = q.multiply(BigDecimal.valueOf(4));
                    target = target.subtract(ys.estimatedPaid);
                }
            }
            if (target.compareTo(BigDecimal.ONE) >= 0) {
                String method = METHODS[r.nextInt(METHODS.length)];
                LocalDate date = ys.extended ? LocalDate.of(y + 1, 4, 15) : ys.filed;
                String type = ys.extended ? "EXTENSION" : "WITH_RETURN";
                int code = ys.extended ? 670 : 610;
                PlannedPayment p = payment(tin, y, date, target, method, type);
                credit(p, tin, y, code, date.plusDays(postingDelay(method)), target);
                amounts.add(target);
            }
        }

        void paymentPlant(YearState ys, FindingType type) {
            if (!EnumSet.of(UNPOSTED_PAYMENT, MISAPPLIED_PAYMENT_YEAR, MISAPPLIED_PAYMENT_TIN, PAYMENT_AMOUNT_MISMATCH,
                    DISHONORED_PAYMENT, DUPLICATE_POSTING).contains(type)) {
                return;
            }
            String tin = primary.ssn();
            int y = ys.year;
            BigDecimal amount = uniqueAmount(300, 9_000);
            LocalDate date;
            LocalDate edge = runDate.minusDays(31);
            if (type == UNPOSTED_PAYMENT && r.nextDouble() < 0.25 && spaced(edge)) {
                date = edge; // the first day on which the window is closed
            } else {
                date = pickDate(LocalDate.of(y + 1, 5, 1), runDate.minusDays(60));
            }
            String method = METHODS[r.nextInt(METHODS.length)];
            PlannedPayment p = payment(tin, y, date, amount, method, r.nextDouble() < 0.85 ? "BALANCE_DUE" : "INSTALLMENT");
            LocalDate posted = date.plusDays(postingDelay(method));
            BigDecimal difference = amount;
            switch (type) {
                case UNPOSTED_PAYMENT -> { }
                case MISAPPLIED_PAYMENT_YEAR -> {
                    int other = years.get(0).year == y ? years.get(1).year : years.get(0).year;
                    credit(p, tin, other, 670, posted, amount);
                }
                case MISAPPLIED_PAYMENT_TIN -> {
                    String wrong = spouse != null && r.nextBoolean() ? spouse.ssn() : transposed(tin);
                    credit(p, wrong, y, 670, posted, amount);
                }
                case PAYMENT_AMOUNT_MISMATCH -> {
                    BigDecimal credited = mismatchedCredit(amount);
                    credit(p, tin, y, 670, posted, credited);
                    difference = amount.subtract(credited).abs();
                }
                case DISHONORED_PAYMENT -> {
                    TranscriptLine c = credit(p, tin, y, 670, posted, amount);
                    txn(tin, y, 671, c.date().plusDays(7 + r.nextInt(39)), amount);
                }
                case DUPLICATE_POSTING -> {
                    int first = (int) ChronoUnit.DAYS.between(date, posted);
                    credit(p, tin, y, 670, posted, amount);
                    credit(p, tin, y, 670, date.plusDays(first + 1 + r.nextInt(30 - first)), amount);
                }
                default -> throw new IllegalStateException(type.name());
            }
            truth.add(new TruthRow(clientId, y, type, p.record().paymentId(), difference));
        }

        /** The amount the IRS credited instead: a digit slip or a round difference, never the payment. */
        BigDecimal mismatchedCredit(BigDecimal amount) {
            for (int tries = 0; tries < 20; tries++) {
                BigDecimal credited = r.nextBoolean()
                        ? amount.subtract(BigDecimal.valueOf(r.nextLong(10, Math.max(11, amount.longValue() / 2))))
                        : amount.add(BigDecimal.valueOf(r.nextLong(10, 1_000)));
                if (credited.signum() > 0 && amounts.add(credited)) {
                    return credited;
                }
            }
            throw new LayoutConflict();
        }

        void paymentNegative(YearState ys) {
            HardNegative n = ys.negative;
            if (n != HardNegative.WINDOW_START_EDGE && n != HardNegative.WINDOW_END_EDGE && n != HardNegative.SPLIT_CREDITS) {
                return;
            }
            String tin = primary.ssn();
            int y = ys.year;
            LocalDate date = pickDate(LocalDate.of(y + 1, 5, 1), runDate.minusDays(60));
            if (n == HardNegative.SPLIT_CREDITS) {
                BigDecimal amount = uniqueAmount(900, 12_000);
                PlannedPayment p = payment(tin, y, date, amount, METHODS[r.nextInt(METHODS.length)], "BALANCE_DUE");
                int parts = r.nextBoolean() ? 2 : 3;
                List<BigDecimal> pieces = splitInto(amount, parts);
                for (BigDecimal piece : pieces) {
                    credit(p, tin, y, 670, date.plusDays(r.nextInt(26)), piece);
                }
                return;
            }
            BigDecimal amount = uniqueAmount(300, 9_000);
            String method = n == HardNegative.WINDOW_END_EDGE ? "CHECK" : "EFTPS";
            PlannedPayment p = payment(tin, y, date, amount, method, "BALANCE_DUE");
            credit(p, tin, y, 670, n == HardNegative.WINDOW_END_EDGE ? date.plusDays(30) : date.minusDays(5), amount);
        }

        List<BigDecimal> splitInto(BigDecimal amount, int parts) {
            for (int tries = 0; tries < 50; tries++) {
                long total = amount.movePointRight(2).longValueExact();
                List<BigDecimal> pieces = new ArrayList<>();
                long left = total;
                boolean ok = true;
                for (int i = 0; i < parts - 1; i++) {
                    long share = (long) (left * (0.2 + r.nextDouble() * 0.5));
                    pieces.add(BigDecimal.valueOf(share, 2));
                    left -= share;
                }
                pieces.add(BigDecimal.valueOf(left, 2));
                Set<BigDecimal> distinct = new HashSet<>();
                for (BigDecimal piece : pieces) {
                    ok &= piece.compareTo(new BigDecimal("100")) >= 0 && distinct.add(piece) && !amounts.contains(piece);
                }
                if (ok) {
                    amounts.addAll(pieces);
                    return pieces;
                }
            }
            throw new LayoutConflict();
        }

        void pending(YearState ys) {
            String tin = primary.ssn();
            BigDecimal balance = balance(tin, ys.year);
            BigDecimal amount = balance.compareTo(NOTICE_MIN_BALANCE) > 0 && amounts.add(balance) ? balance : uniqueAmount(200, 6_000);
            int daysAgo = r.nextDouble() < 0.25 ? 30 : 1 + r.nextInt(29);
            payment(tin, ys.year, runDate.minusDays(daysAgo), amount, r.nextBoolean() ? "DIRECT_PAY" : "EFTPS", "BALANCE_DUE");
        }

        void refundsAndCharges(YearState ys) {
            String tin = primary.ssn();
            BigDecimal balance = balance(tin, ys.year);
            LocalDate last = ys.filed;
            for (TranscriptLine t : txns) {
                if (t.tin().equals(tin) && t.taxYear() == ys.year && t.date().isAfter(last)) {
                    last = t.date();
                }
            }
            if (balance.compareTo(BigDecimal.ONE.negate()) < 0 && r.nextDouble() < 0.85) {
                txn(tin, ys.year, 846, min(last.plusDays(14 + r.nextInt(30)), runDate.minusDays(1)), balance.negate());
            } else if (balance.compareTo(NOTICE_MIN_BALANCE) > 0 && r.nextDouble() < 0.8) {
                LocalDate charged = min(last.plusDays(30 + r.nextInt(150)), runDate.minusDays(20));
                txn(tin, ys.year, 276, charged, fraction(balance, 0.01, 0.05));
                txn(tin, ys.year, 196, charged, fraction(balance, 0.02, 0.06));
                if (ys.extended && r.nextDouble() < 0.2) {
                    txn(tin, ys.year, 166, charged, fraction(balance, 0.02, 0.08));
                }
            }
        }

        void otherReturnLines(YearState ys) {
            BigDecimal tax = BigDecimal.valueOf(ys.totalTax);
            lines.add(new ReturnFigure(ys.year, Category.TOTAL_TAX.name(), tax));
            if (ys.estimatedPaid.signum() > 0) {
                lines.add(new ReturnFigure(ys.year, Category.ESTIMATED_TAX_PAYMENTS.name(), whole(ys.estimatedPaid)));
            }
            BigDecimal owed = tax.subtract(ys.returnWithholding).subtract(whole(ys.estimatedPaid)).subtract(whole(ys.refundableCredit));
            if (owed.signum() > 0) {
                lines.add(new ReturnFigure(ys.year, Category.AMOUNT_OWED.name(), owed));
            } else if (owed.signum() < 0) {
                lines.add(new ReturnFigure(ys.year, Category.OVERPAYMENT.name(), owed.negate()));
            }
        }

        PlannedPayment payment(String tin, int year, LocalDate date, BigDecimal amount, String method, String type) {
            String id = "P" + num + "-" + two(++paymentSeq);
            PlannedPayment p = new PlannedPayment(new PaymentRecord(id, tin, year, date, amount, method, type, confirmation(method)));
            payments.add(p);
            return p;
        }

        TranscriptLine credit(PlannedPayment p, String tin, int year, int code, LocalDate date, BigDecimal amount) {
            TranscriptLine t = txn(tin, year, code, date, amount);
            p.credits().add(t);
            return t;
        }

        TranscriptLine txn(String tin, int year, int code, LocalDate date, BigDecimal amount) {
            TranscriptLine t = new TranscriptLine(null, tin, year, code, date, amount, TransactionCodes.description(code));
            txns.add(t);
            return t;
        }

        int postingDelay(String method) {
            return switch (method) {
                case "CHECK" -> 3 + r.nextInt(12);
                case "CARD", "IRS2GO" -> 1 + r.nextInt(4);
                default -> r.nextInt(4);
            };
        }

        String confirmation(String method) {
            if (r.nextDouble() < 0.1) {
                return "";
            }
            return switch (method) {
                case "EFTPS" -> "27" + digits(13);
                case "DIRECT_PAY", "IRS2GO" -> alphanumeric(14);
                case "CARD" -> "CC-" + digits(10);
                default -> "CHK " + (1001 + r.nextInt(8999));
            };
        }

        /** A date in [from, to] at least 40 days from every other payment of the client. */
        LocalDate pickDate(LocalDate from, LocalDate to) {
            long span = ChronoUnit.DAYS.between(from, to);
            if (span < 0) {
                throw new LayoutConflict();
            }
            for (int tries = 0; tries < 100; tries++) {
                LocalDate d = from.plusDays(r.nextLong(span + 1));
                if (spaced(d)) {
                    return d;
                }
            }
            throw new LayoutConflict();
        }

        boolean spaced(LocalDate d) {
            for (PlannedPayment p : payments) {
                if (Math.abs(ChronoUnit.DAYS.between(p.record().date(), d)) < PAYMENT_SPACING_DAYS) {
                    return false;
                }
            }
            return true;
        }

        BigDecimal uniqueAmount(long min, long max) {
            for (int tries = 0; tries < 50; tries++) {
                BigDecimal a = cents(min, max);
                if (amounts.add(a)) {
                    return a;
                }
            }
            throw new LayoutConflict();
        }

        /** The client's TIN with two adjacent, different digits swapped, and not the spouse's. */
        String transposed(String tin) {
            List<String> options = new ArrayList<>();
            char[] c = tin.toCharArray();
            for (int i = 0; i < 8; i++) {
                if (c[i] != c[i + 1]) {
                    char[] t = c.clone();
                    t[i] = c[i + 1];
                    t[i + 1] = c[i];
                    String s = new String(t);
                    if (spouse == null || !s.equals(spouse.ssn())) {
                        options.add(s);
                    }
                }
            }
            if (options.isEmpty()) {
                throw new LayoutConflict();
            }
            return options.get(r.nextInt(options.size()));
        }

        /** Transcript balance of a TIN and year: debits minus credits (RULES.md). */
        BigDecimal balance(String tin, int year) {
            BigDecimal sum = ZERO;
            for (TranscriptLine t : txns) {
                if (t.tin().equals(tin) && t.taxYear() == year) {
                    sum = TransactionCodes.isCredit(t.code()) ? sum.subtract(t.amount()) : sum.add(t.amount());
                }
            }
            return sum;
        }

        // ---------------------------------------------------------------- notices

        void notices(YearState ys) {
            String tin = primary.ssn();
            BigDecimal balance = balance(tin, ys.year);
            boolean owes = balance.compareTo(NOTICE_MIN_BALANCE) > 0;
            boolean balanceNoticePlanted = ys.plants.contains(NOTICE_BALANCE_MISMATCH) || ys.plants.contains(RESPONSE_DEADLINE)
                    || ys.negative == HardNegative.DEADLINE_15_DAYS;
            if (!balanceNoticePlanted && owes && r.nextDouble() < 0.65) {
                NoticeRecord n = balanceNotice(ys, tin, balance, 16 + r.nextInt(35), true);
                notices.add(r.nextDouble() < 0.35 ? withBreakdown(n, balance) : n);
            }
            if (ys.plants.contains(NOTICE_BALANCE_MISMATCH)) {
                BigDecimal amountDue;
                if (owes) {
                    BigDecimal delta = cents(25, 1_500);
                    amountDue = r.nextDouble() < 0.6 || balance.subtract(delta).compareTo(BigDecimal.TEN) < 0
                            ? balance.add(delta) : balance.subtract(delta);
                } else {
                    amountDue = cents(200, 5_000);
                }
                NoticeRecord n = balanceNotice(ys, tin, amountDue, 20 + r.nextInt(31), true);
                notices.add(n);
                truth.add(new TruthRow(clientId, ys.year, NOTICE_BALANCE_MISMATCH, n.noticeId(), amountDue.subtract(balance)));
            }
            if (ys.plants.contains(RESPONSE_DEADLINE)) {
                double u = r.nextDouble();
                int daysLeft = u < 0.15 ? 14 : u < 0.25 ? 0 : -25 + r.nextInt(40);
                NoticeRecord n = owes
                        ? balanceNotice(ys, tin, balance, daysLeft, daysLeft <= 14)
                        : proposal(ys, tin, cents(150, 6_000), daysLeft);
                notices.add(n);
                truth.add(new TruthRow(clientId, ys.year, RESPONSE_DEADLINE, n.noticeId(), null));
            }
            if (ys.negative == HardNegative.DEADLINE_15_DAYS) {
                notices.add(owes ? balanceNotice(ys, tin, balance, 15, true) : proposal(ys, tin, cents(150, 6_000), 15));
            }
            if (ys.plants.contains(IDENTITY_MISMATCH)) {
                String foreign = foreignTin();
                NoticeRecord n = r.nextBoolean()
                        ? balanceNotice(ys, foreign, cents(150, 6_000), 17 + r.nextInt(34), true)
                        : proposal(ys, foreign, cents(150, 6_000), 20 + r.nextInt(31));
                notices.add(n);
                truth.add(new TruthRow(clientId, ys.year, IDENTITY_MISMATCH, n.noticeId(), null));
            }
            if (ys.plants.contains(UNKNOWN_NOTICE_CODE)) {
                String code = r.nextDouble() < 0.7 ? "CP9999" : "LTR9999";
                NoticeRecord n = new NoticeRecord(nextNoticeId(), tin, ys.year, code, runDate.minusDays(1 + r.nextInt(40)),
                        cents(100, 4_000), null, null, null, null, null);
                notices.add(n);
                truth.add(new TruthRow(clientId, ys.year, UNKNOWN_NOTICE_CODE, n.noticeId(), null));
            }
            boolean incomePlant = ys.plants.contains(UNREPORTED_INCOME) || ys.plants.contains(INCOME_AMOUNT_MISMATCH)
                    || ys.plants.contains(DUPLICATE_INFORMATION_RETURN);
            if (incomePlant && r.nextDouble() < 0.6) {
                notices.add(proposal(ys, tin, cents(300, 9_000), 20 + r.nextInt(31)));
            }
        }

        /**
         * A balance-type notice due {@code daysLeft} days after the run date. A CP14 may leave the
         * date out (the catalog's 21 days then apply), dated so that it falls on the same day.
         */
        NoticeRecord balanceNotice(YearState ys, String tin, BigDecimal amountDue, int daysLeft, boolean mayOmitDate) {
            String code = BALANCE_CODES[r.nextInt(BALANCE_CODES.length)];
            LocalDate due = runDate.plusDays(daysLeft);
            if (code.equals("CP14") && mayOmitDate && daysLeft <= 21 && r.nextDouble() < 0.5) {
                return new NoticeRecord(nextNoticeId(), tin, ys.year, code, due.minusDays(21), amountDue, null,
                        null, null, null, null);
            }
            int days = code.equals("CP14") ? 21 : 30;
            LocalDate dated = min(due.minusDays(days), runDate.minusDays(1 + r.nextInt(5)));
            return new NoticeRecord(nextNoticeId(), tin, ys.year, code, dated, amountDue, due, null, null, null, null);
        }

        /** A CP2000 proposal (never balance-checked), due {@code daysLeft} after the run date. */
        NoticeRecord proposal(YearState ys, String tin, BigDecimal amountDue, int daysLeft) {
            LocalDate due = runDate.plusDays(daysLeft);
            boolean implicit = daysLeft <= 30 && r.nextDouble() < 0.4;
            LocalDate dated = min(due.minusDays(30), runDate.minusDays(implicit ? 0 : 1 + r.nextInt(5)));
            if (implicit) {
                return new NoticeRecord(nextNoticeId(), tin, ys.year, "CP2000", due.minusDays(30), amountDue, null,
                        null, null, null, null);
            }
            return new NoticeRecord(nextNoticeId(), tin, ys.year, "CP2000", dated, amountDue, due, null, null, null, null);
        }

        NoticeRecord withBreakdown(NoticeRecord n, BigDecimal balance) {
            BigDecimal tax = ZERO;
            BigDecimal penalty = ZERO;
            BigDecimal interest = ZERO;
            for (TranscriptLine t : txns) {
                if (t.tin().equals(n.tin()) && t.taxYear() == n.taxYear()) {
                    switch (t.code()) {
                        case 150 -> tax = tax.add(t.amount());
                        case 166, 276 -> penalty = penalty.add(t.amount());
                        case 196 -> interest = interest.add(t.amount());
                        default -> { }
                    }
                }
            }
            BigDecimal credited = tax.add(penalty).add(interest).subtract(balance);
            if (credited.signum() < 0) {
                return n;
            }
            return new NoticeRecord(n.noticeId(), n.tin(), n.taxYear(), n.code(), n.noticeDate(), n.amountDue(),
                    n.responseDue(), tax, penalty, interest, credited);
        }

        /** A TIN nobody at the firm has, and not one digit swap away from the client's or spouse's. */
        String foreignTin() {
            for (int j = 0; j < 3; j++) {
                String t = ssns.ssn(foreignBase + 3L * index + j);
                if (!related(t, primary.ssn()) && (spouse == null || !related(t, spouse.ssn()))) {
                    return t;
                }
            }
            throw new LayoutConflict();
        }

        String nextNoticeId() {
            return "N" + num + "-" + (++noticeSeq);
        }

        // ---------------------------------------------------------------- assembly

        GeneratedClient assemble() {
            List<TranscriptLine> sorted = new ArrayList<>(txns);
            sorted.sort(Comparator.comparing(TranscriptLine::tin).thenComparingInt(TranscriptLine::taxYear)
                    .thenComparing(TranscriptLine::date));
            List<TranscriptLine> withIds = new ArrayList<>(sorted.size());
            int seq = 0;
            for (TranscriptLine t : sorted) {
                withIds.add(t.withId("T" + num + "-" + three(++seq)));
            }
            List<PaymentRecord> records = new ArrayList<>(payments.size());
            for (PlannedPayment p : payments) {
                records.add(p.record());
            }
            List<TruthRow> rows = new ArrayList<>(truth);
            Collections.sort(rows);
            String reviewer = r.nextDouble() < 0.7 ? REVIEWERS[r.nextInt(REVIEWERS.length)] : "";
            return new GeneratedClient(index, clientId, primary, spouse, reviewer, List.copyOf(notices), withIds,
                    List.copyOf(docs), List.copyOf(lines), records, rows, Set.copyOf(negatives));
        }

        // ---------------------------------------------------------------- numbers

        BigDecimal cents(long minDollars, long maxDollars) {
            return BigDecimal.valueOf(minDollars * 100 + r.nextLong((maxDollars - minDollars) * 100 + 1), 2);
        }

        BigDecimal dollars(long min, long max) {
            return BigDecimal.valueOf(r.nextLong(min, max + 1)).setScale(2);
        }

        BigDecimal fraction(BigDecimal v, double lo, double hi) {
            return v.multiply(BigDecimal.valueOf(lo + r.nextDouble() * (hi - lo))).setScale(2, RoundingMode.HALF_UP);
        }

        /** An amount 5-45% below or above the given one: what a corrected form changes. */
        BigDecimal differentFraction(BigDecimal v) {
            return r.nextBoolean() ? fraction(v, 0.55, 0.95) : fraction(v, 1.05, 1.45);
        }

        String digits(int n) {
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = (char) ('0' + r.nextInt(10));
            }
            return new String(c);
        }

        String alphanumeric(int n) {
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            return new String(c);
        }
    }

    static BigDecimal whole(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_UP);
    }

    static Category boxCategory(FormType form, String box) {
        return switch (form) {
            case W2 -> box.equals("1") ? Category.WAGES : Category.FEDERAL_WITHHOLDING;
            case F1099_INT -> box.equals("1") ? Category.TAXABLE_INTEREST : Category.FEDERAL_WITHHOLDING;
            case F1099_DIV -> switch (box) {
                case "1a" -> Category.ORDINARY_DIVIDENDS;
                case "1b" -> Category.QUALIFIED_DIVIDENDS;
                default -> Category.FEDERAL_WITHHOLDING;
            };
            case F1099_NEC -> box.equals("1") ? Category.NONEMPLOYEE_COMPENSATION : Category.FEDERAL_WITHHOLDING;
            case F1099_K -> box.equals("1a") ? Category.PAYMENT_CARD_RECEIPTS : Category.FEDERAL_WITHHOLDING;
            case F1099_R -> box.equals("2a") ? Category.RETIREMENT_DISTRIBUTIONS_TAXABLE : Category.FEDERAL_WITHHOLDING;
            case SSA_1099 -> box.equals("5") ? Category.SOCIAL_SECURITY_BENEFITS : Category.FEDERAL_WITHHOLDING;
            case F1099_G -> box.equals("1") ? Category.UNEMPLOYMENT_COMPENSATION : Category.FEDERAL_WITHHOLDING;
            default -> throw new IllegalArgumentException(form + " box " + box);
        };
    }

    /** Same TIN, or one adjacent-digit swap away. */
    static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (int i = 0; i < 8; i++) {
            if (a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(0, i).equals(b.substring(0, i)) && a.substring(i + 2).equals(b.substring(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
