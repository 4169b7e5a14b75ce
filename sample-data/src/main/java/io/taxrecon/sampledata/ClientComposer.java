package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.model.GeneratedClient;
import io.taxrecon.sampledata.model.TruthRow;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds one client, and reads as its plan: who the client is and which years they have, their
 * income and the return, the account and routine payments, the payment plants, refunds and
 * charges, the current notices, then the notice log's history. Each family is one planter over a
 * shared {@link ClientDraft}; each plant states its own truth from the figures it wrote.
 *
 * <p>The truth is never computed by reconciling. What keeps plants from spilling into other
 * findings is the layout: payments of a client are at least 40 days apart, plant amounts are
 * unique within the client, planted income gaps are at least ~$50 while rounding leaves at most
 * $0.50, history lives on tax years with no payment records, and {@link PaymentLayoutCheck}
 * rejects any attempt in which a payment's window could see a credit that is not its own. The
 * notice plants are held to {@link NoticeLog}, the generator's own reading of the notice rules:
 * an attempt where the two disagree is dropped too, and the client rebuilt from the next random stream.
 * Last, on a client that was built, {@link PenaltyPlanter} writes its penalty story (old tax years,
 * its own random streams); the FIRST_TIME_ABATEMENT and COLLECTION_STATUTE truth is what
 * {@link AbatementReading} and {@link StatuteReading} read in the lines as written ({@link PenaltyIntent}).
 */
final class ClientComposer {

    private static final int MAX_ATTEMPTS = 200;
    /** The finding types about notices: their truth is checked against the notice rules. */
    static final Set<String> NOTICE_TYPES = Set.of(FindingType.RESPONSE_DEADLINE.name(), FindingType.NOTICE_BALANCE_MISMATCH.name(),
            FindingType.UNKNOWN_NOTICE_CODE.name(), FindingType.IDENTITY_MISMATCH.name());

    private final long seed;
    private final LocalDate runDate;
    private final int[] taxYears;
    private final long foreignBase;
    private final int idWidth;
    private final int historyYears;
    private final PayerDirectory payers;
    private final SsnSpace ssns;

    ClientComposer(long seed, LocalDate runDate, int clients, int historyYears, PayerDirectory payers, SsnSpace ssns) {
        this.seed = seed;
        this.runDate = runDate;
        this.taxYears = new int[] {runDate.getYear() - 3, runDate.getYear() - 2};
        this.foreignBase = SsnSpace.foreignBase(clients);
        this.idWidth = Math.max(6, Integer.toString(clients).length());
        this.historyYears = historyYears;
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
            ClientDraft draft = new ClientDraft(index, clientNumber(index), plan, RandomStreams.of(seed, index, attempt),
                    runDate, taxYears, foreignBase, historyYears, payers, ssns);
            if (build(draft)) {
                new PenaltyPlanter(draft, seed).plant();
                return draft.assemble();
            }
        }
        throw new IllegalStateException("no unambiguous layout found for client " + clientNumber(index));
    }

    /**
     * A client of the realistic mix with nothing to find ({@link PaidUpPlanter}): no plant, no
     * notice that bills or asks for an answer, every year paid up. Its random streams are those a planted client of the same index
     * would use, so a firm's clients do not depend on one another.
     */
    GeneratedClient composePaidUp(int index) {
        ClientPlan plan = new ClientPlan(List.of(), null, null);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ClientDraft draft = new ClientDraft(index, clientNumber(index), plan, RandomStreams.of(seed, index, attempt),
                    runDate, taxYears, foreignBase, historyYears, payers, ssns);
            if (new PaidUpPlanter(draft).plant()) {
                new PaidUpNoticeLog(draft, RandomStreams.of(seed, index, PaidUpNoticeLog.STREAM)).write();
                if (noticeTruthHolds(draft)) {
                    return draft.assemble();
                }
            }
        }
        throw new IllegalStateException("no unambiguous layout found for client " + clientNumber(index));
    }

    /**
     * The planters' notice truth is exactly what the notice rules give for the log they wrote
     * ({@link NoticeLog}); an attempt where a plant spilled into another notice finding is dropped.
     */
    static boolean noticeTruthHolds(ClientDraft d) {
        Set<String> own = d.spouse == null ? Set.of(d.primary.ssn()) : Set.of(d.primary.ssn(), d.spouse.ssn());
        Set<TruthRow> expected = new HashSet<>(new NoticeLog(d.notices, d.txns, d.runDate).findings(d.clientId, own));
        Set<TruthRow> planted = new HashSet<>();
        for (TruthRow t : d.truth) {
            if (NOTICE_TYPES.contains(t.type())) {
                planted.add(t);
            }
        }
        return normalised(expected).equals(normalised(planted));
    }

    private static Set<TruthRow> normalised(Set<TruthRow> rows) {
        Set<TruthRow> out = new HashSet<>();
        for (TruthRow t : rows) {
            out.add(new TruthRow(t.clientId(), t.taxYear(), t.type(), t.reference(),
                    t.difference() == null ? null : t.difference().setScale(2)));
        }
        return out;
    }

    /** Runs the planters in order; false when this attempt's random choices could not be placed. */
    private static boolean build(ClientDraft d) {
        PeoplePlanter people = new PeoplePlanter(d);
        IncomePlanter income = new IncomePlanter(d);
        ReturnLinePlanter returns = new ReturnLinePlanter(d);
        AccountPlanter account = new AccountPlanter(d);
        PaymentPlanter payments = new PaymentPlanter(d);
        NoticePlanter notices = new NoticePlanter(d);
        HistoryPlanter history = new HistoryPlanter(d);
        try {
            people.people();
            people.chooseYears();
            for (YearDraft ys : d.years) {
                income.income(ys);
                returns.incomeLines(ys);
            }
            for (YearDraft ys : d.years) {
                account.account(ys);
            }
            for (YearDraft ys : d.years) {
                for (FindingType t : ys.plants) {
                    payments.paymentPlant(ys, t);
                }
                payments.paymentNegative(ys);
            }
            for (YearDraft ys : d.years) {
                account.refundsAndCharges(ys);
                returns.otherReturnLines(ys);
            }
            for (YearDraft ys : d.years) {
                if (ys.negative == HardNegative.PENDING_PAYMENT) {
                    account.pending(ys);
                }
            }
            if (!PaymentLayoutCheck.unambiguous(d.payments, d.txns, d.primary.ssn(),
                    d.spouse == null ? null : d.spouse.ssn())) {
                return false;
            }
            history.claim();
            for (YearDraft ys : d.years) {
                notices.notices(ys);
            }
            history.plant();
            // History credits are on other years and of unique amounts; checked again all the same.
            return PaymentLayoutCheck.unambiguous(d.payments, d.txns, d.primary.ssn(),
                    d.spouse == null ? null : d.spouse.ssn()) && noticeTruthHolds(d);
        } catch (LayoutConflict e) {
            return false;
        }
    }
}
