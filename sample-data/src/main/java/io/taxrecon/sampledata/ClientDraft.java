package io.taxrecon.sampledata;

import io.taxrecon.sampledata.PaymentLayoutCheck.PlannedPayment;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.InformationDocument;
import io.taxrecon.sampledata.model.NoticeRecord;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The client being built: everything planted so far, the random stream of this attempt, and the
 * small operations every planter shares (ids, transcript lines, payments, unique amounts, dates
 * spaced from other payments, balances). Planters read and add to it in the composer's order.
 */
final class ClientDraft {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** Below this a TIN-year is not worth a bill: the IRS does not chase a few dollars. */
    static final BigDecimal NOTICE_MIN_BALANCE = new BigDecimal("25.00");
    static final String[] METHODS = {"EFTPS", "DIRECT_PAY", "DIRECT_PAY", "CHECK", "CARD", "IRS2GO"};
    private static final int PAYMENT_SPACING_DAYS = 40;
    private static final String[] REVIEWERS = {"A. Patel", "M. Chen", "R. Okafor", "S. Delgado", "K. Whitfield", "J. Nováková"};

    final int index;
    final ClientPlan plan;
    final SplittableRandom r;
    final String num;
    final String clientId;
    final LocalDate runDate;
    final int[] taxYears;
    final long foreignBase;
    /** Years of notice log before the run date (GeneratorOptions.historyYears). */
    final int historyYears;
    final PayerDirectory payers;
    final SsnSpace ssns;
    Person primary;
    Person spouse;
    final List<YearDraft> years = new ArrayList<>();
    final List<TranscriptLine> txns = new ArrayList<>();
    final List<InformationDocument> docs = new ArrayList<>();
    final List<ReturnFigure> lines = new ArrayList<>();
    final List<PlannedPayment> payments = new ArrayList<>();
    final List<NoticeRecord> notices = new ArrayList<>();
    final List<TruthRow> truth = new ArrayList<>();
    /** Amounts of payments and credits so far: a new plant's amount must not collide with any. */
    final Set<BigDecimal> amounts = new HashSet<>();
    final Set<HardNegative> negatives = EnumSet.noneOf(HardNegative.class);
    /** The penalty story's findings as planted; the readings of the written lines must give exactly these on its years. */
    final List<PenaltyIntent> penaltyIntents = new ArrayList<>();
    /** The tax years the penalty story wrote (its hard negatives included). */
    final Set<Integer> penaltyYears = new HashSet<>();
    private int docSeq;
    private int paymentSeq;
    private int noticeSeq;

    ClientDraft(int index, String num, ClientPlan plan, SplittableRandom r, LocalDate runDate, int[] taxYears,
            long foreignBase, int historyYears, PayerDirectory payers, SsnSpace ssns) {
        this.index = index;
        this.plan = plan;
        this.r = r;
        this.num = num;
        this.clientId = "C" + num;
        this.runDate = runDate;
        this.taxYears = taxYears;
        this.foreignBase = foreignBase;
        this.historyYears = historyYears;
        this.payers = payers;
        this.ssns = ssns;
    }

    String nextDocumentId() {
        return "D" + num + "-" + two(++docSeq);
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

    /** The TIN-year's balance on a date (lines dated on or before it); zero when it has no line. */
    BigDecimal balanceOn(String tin, int year, LocalDate date) {
        BigDecimal b = NoticeLog.balanceOn(txns, tin, year, date);
        return b == null ? ZERO : b;
    }

    /** How far the draft has got: a planter that fails can go back to it ({@link #reset}). */
    record Mark(int txns, int notices, int noticeSeq, int intents, Set<Integer> years) {}

    Mark mark() {
        return new Mark(txns.size(), notices.size(), noticeSeq, penaltyIntents.size(), Set.copyOf(penaltyYears));
    }

    void reset(Mark m) {
        txns.subList(m.txns(), txns.size()).clear();
        notices.subList(m.notices(), notices.size()).clear();
        penaltyIntents.subList(m.intents(), penaltyIntents.size()).clear();
        noticeSeq = m.noticeSeq();
        penaltyYears.retainAll(m.years());
    }

    String nextNoticeId() {
        return "N" + num + "-" + (++noticeSeq);
    }

    GeneratedClient assemble() {
        List<TranscriptLine> sorted = new ArrayList<>(txns);
        sorted.sort(Comparator.comparing(TranscriptLine::tin).thenComparingInt(TranscriptLine::taxYear)
                .thenComparing(TranscriptLine::date));
        List<TranscriptLine> withIds = new ArrayList<>(sorted.size());
        Map<TranscriptLine, String> ids = new IdentityHashMap<>();
        int seq = 0;
        for (TranscriptLine t : sorted) {
            TranscriptLine named = t.withId("T" + num + "-" + three(++seq));
            withIds.add(named);
            ids.put(t, named.transactionId());
        }
        List<PaymentRecord> records = new ArrayList<>(payments.size());
        for (PlannedPayment p : payments) {
            records.add(p.record());
        }
        List<TruthRow> rows = new ArrayList<>(truth);
        rows.addAll(PenaltyIntent.truth(this, withIds, ids));
        Collections.sort(rows);
        String reviewer = r.nextDouble() < 0.7 ? REVIEWERS[r.nextInt(REVIEWERS.length)] : "";
        return new GeneratedClient(index, clientId, primary, spouse, reviewer, List.copyOf(notices), withIds,
                List.copyOf(docs), List.copyOf(lines), records, rows, Set.copyOf(negatives));
    }

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

    static BigDecimal whole(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_UP);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
