package io.taxrecon.core.accruals;

import io.taxrecon.core.accounts.AccountBalance;
import io.taxrecon.core.calendar.BusinessCalendar;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.FindingDraft;
import io.taxrecon.core.findings.FindingTexts;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.PaymentFindings;
import io.taxrecon.core.payments.PaymentMatch;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a client's penalties and interest per TIN-year with a TC 150 (SPEC "Penalties, interest
 * and the collection statute"): on the IRS's own credits for the cross-check and what is owed
 * today, and again with the credits the payment findings say the IRS should have posted, the
 * difference being what those findings caused. Pure: the run date is a parameter.
 */
public final class AccrualRules {

    private final TransactionCodeCatalog codes;
    private final BusinessCalendar calendar;
    private final FindingTexts texts;
    private final LocalDate runDate;
    private final FailureToPay failureToPay = new FailureToPay();
    private final FailureToFile failureToFile;
    private final DailyInterest interest;

    public AccrualRules(AccrualTables tables, TransactionCodeCatalog codes, BusinessCalendar calendar,
                        FindingTexts texts, LocalDate runDate) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.runDate = Objects.requireNonNull(runDate, "runDate");
        this.failureToFile = new FailureToFile(tables);
        this.interest = new DailyInterest(tables);
    }

    /** Every TIN-year of the client (or spouse) whose transcript holds a TC 150. */
    public ClientAccruals compute(Client client, List<TranscriptTransaction> transactions, List<Notice> notices,
                                  List<PaymentMatch> matches, AccountBalance account) {
        Map<Tin, TreeSet<Integer>> filedYears = new TreeMap<>();
        for (TranscriptTransaction t : transactions) {
            if (client.owns(t.tin()) && AssessedCharges.code(t).equals("150")) {
                filedYears.computeIfAbsent(t.tin(), x -> new TreeSet<>()).add(t.taxYear());
            }
        }
        List<TaxYearAccruals> years = new ArrayList<>();
        Map<String, AccountTimeline> timelines = new TreeMap<>();
        filedYears.forEach((tin, set) -> set.forEach(year -> {
            AccountTimeline timeline = AccountTimeline.of(tin, year, transactions, notices, codes, calendar);
            timelines.put(key(tin, year), timeline);
            List<PaymentMatch> own = matches.stream()
                    .filter(m -> m.payment().tin().equals(tin) && m.payment().taxYear() == year).toList();
            years.add(accrue(client.clientId(), timeline, account.transactionsOf(tin, year), own,
                    account.balance(tin, year, runDate), account));
        }));
        years.sort(Comparator.comparingInt((TaxYearAccruals y) -> y.timeline().taxYear())
                .thenComparing(y -> y.timeline().tin()));
        return new ClientAccruals(years, (m, date) -> {
            AccountTimeline timeline = timelines.get(key(m.payment().tin(), m.payment().taxYear()));
            List<AccountTimeline.Entry> credit = credits(List.of(m));
            return timeline == null || credit.isEmpty() ? BigDecimal.ZERO
                    : cents(charges(timeline, date).subtract(charges(timeline.withCredits(credit), date)));
        }, account);
    }

    /** The payment findings' drafts, each explanation naming the penalty and interest its missing credit caused. */
    public List<FindingDraft> naming(ClientAccruals accruals, List<FindingDraft> drafts) {
        List<FindingDraft> named = new ArrayList<>();
        for (FindingDraft d : drafts) {
            CausedCharge caused = accruals.years().stream().flatMap(y -> y.caused().stream())
                    .filter(c -> c.finding() == d.type() && c.paymentId().equals(d.reference()) && c.amount().signum() > 0)
                    .findFirst().orElse(null);
            named.add(caused == null ? d : new FindingDraft(d.taxYear(), d.type(), d.reference(), d.irsAmount(),
                    d.clientAmount(), d.difference(), d.explanation() + texts.render("accruals.caused.explanation",
                    Map.of("amount", FindingTexts.money(caused.amount()), "date", caused.paymentDate().toString())),
                    d.action(), d.evidence(), d.about()));
        }
        return named;
    }

    /** One TIN-year to the run date; {@code matches} are the client's payments for this TIN-year. */
    public TaxYearAccruals accrue(String clientId, AccountTimeline timeline, List<TranscriptTransaction> own,
                                  List<PaymentMatch> matches, BigDecimal balanceToday, AccountBalance account) {
        PenaltyResult ftp = failureToPay.compute(timeline, runDate);
        PenaltyResult ftf = failureToFile.compute(timeline, ftp);
        DailyInterest.Result onTax = taxInterest(timeline, runDate);
        DailyInterest.Result onFtf = cents(ftf.total()).signum() > 0 && runDate.isAfter(timeline.filingDueDate())
                ? interest.accrue(timeline.filingDueDate(), Map.of(timeline.filingDueDate(), cents(ftf.total())), runDate)
                : DailyInterest.Result.none();
        DailyInterest.Result onFtp = ftpInterest(timeline, own, account);

        BigDecimal onIrsCredits = ftp.total().add(onTax.total());
        List<CausedCharge> caused = new ArrayList<>();
        for (PaymentMatch m : matches) {
            List<AccountTimeline.Entry> credit = credits(List.of(m));
            if (!credit.isEmpty()) {
                BigDecimal amount = cents(onIrsCredits.subtract(charges(timeline.withCredits(credit), runDate)));
                caused.add(new CausedCharge(m.payment().paymentId(), PaymentFindings.typeOf(m.status()),
                        m.payment().paymentDate(), credit.get(0).amount().negate(), amount));
            }
        }
        List<AccountTimeline.Entry> all = credits(matches);
        BigDecimal causedTotal = all.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : cents(onIrsCredits.subtract(charges(timeline.withCredits(all), runDate)));

        AssessedCharges assessed = AssessedCharges.of(own);
        BigDecimal ftpComputed = cents(ftp.total());
        BigDecimal interestComputed = cents(onTax.total());
        BigDecimal unassessed = ftpComputed.add(interestComputed).subtract(assessed.ftp()).subtract(assessed.interest())
                .max(BigDecimal.ZERO);
        BigDecimal balance = balanceToday == null ? BigDecimal.ZERO : balanceToday;
        PenaltyFigures figures = new PenaltyFigures(clientId, timeline.taxYear(), timeline.tin().lastFour(),
                timeline.filed(), assessed.tax(), assessed.ftf(), assessed.ftp(), assessed.interest(),
                cents(ftf.total()), ftpComputed, interestComputed, causedTotal, cents(balance.add(unassessed)), null);
        return new TaxYearAccruals(timeline, ftf, ftp, onTax, onFtf, onFtp, caused, notes(timeline, ftf), figures);
    }

    /** FTP + interest on the tax to {@code upTo}, unrounded: the figure caused_by_findings compares. */
    public BigDecimal charges(AccountTimeline timeline, LocalDate upTo) {
        return failureToPay.compute(timeline, upTo).total().add(taxInterest(timeline, upTo).total());
    }

    private DailyInterest.Result taxInterest(AccountTimeline timeline, LocalDate upTo) {
        if (!upTo.isAfter(timeline.originalDueDate())) {
            return DailyInterest.Result.none();
        }
        Map<LocalDate, BigDecimal> moves = new TreeMap<>();
        timeline.entries().forEach(e -> moves.merge(e.effective(), e.amount(), BigDecimal::add));
        return interest.accrue(timeline.originalDueDate(), moves, upTo);
    }

    /** Interest on each assessed FTP not paid within 21 days of its assessment (IRC 6601(e)(2)), from that date. */
    private DailyInterest.Result ftpInterest(AccountTimeline timeline, List<TranscriptTransaction> own,
                                             AccountBalance account) {
        Map<LocalDate, BigDecimal> moves = new TreeMap<>();
        for (TranscriptTransaction t : own) {
            String code = AssessedCharges.code(t);
            if (AssessedCharges.FTP_CODES.contains(code)) {
                BigDecimal after21 = account.balance(timeline.tin(), timeline.taxYear(), t.transactionDate().plusDays(21));
                if (after21 != null && after21.signum() > 0) {
                    moves.merge(t.transactionDate(), t.magnitude(), BigDecimal::add);
                }
            } else if (AssessedCharges.FTP_ABATEMENTS.contains(code)) {
                moves.merge(t.transactionDate(), t.magnitude().negate(), BigDecimal::add);
            }
        }
        LocalDate first = moves.keySet().stream().min(Comparator.naturalOrder()).orElse(null);
        return first == null || !runDate.isAfter(first) ? DailyInterest.Result.none()
                : interest.accrue(first, moves, runDate);
    }

    /** The credits the IRS should have posted for these payments, each on the payment's own date. */
    static List<AccountTimeline.Entry> credits(List<PaymentMatch> matches) {
        List<AccountTimeline.Entry> credits = new ArrayList<>();
        for (PaymentMatch m : matches) {
            FindingType type = PaymentFindings.typeOf(m.status());
            BigDecimal credit = PaymentFindings.owedCredit(m);
            if (type != null && credit.signum() > 0) {
                LocalDate date = m.payment().paymentDate();
                credits.add(new AccountTimeline.Entry(date, date, type.name(), credit.negate(), m.payment().paymentId()));
            }
        }
        return credits;
    }

    private List<String> notes(AccountTimeline timeline, PenaltyResult ftf) {
        List<String> notes = new ArrayList<>();
        if (timeline.levyNotice() != null) {
            notes.add(texts.render("accruals.note.levy", Map.of("noticeDate", timeline.levyNotice().toString(),
                    "from", timeline.levyNotice().plusDays(11).toString())));
        }
        if (timeline.installmentAgreement() == null) {
            notes.add(texts.render("accruals.note.noAgreement", Map.of()));
        } else if (!timeline.filedOnTime()) {
            notes.add(texts.render("accruals.note.agreementLate", Map.of("date", timeline.installmentAgreement().toString())));
        }
        if (ftf.minimumApplied() != null) {
            notes.add(texts.render("accruals.note.minimum", Map.of("minimum", FindingTexts.money(ftf.minimumApplied()),
                    "year", Integer.toString(timeline.filingDueDate().getYear()))));
        }
        return notes;
    }

    private static String key(Tin tin, int year) {
        return tin.digits() + "/" + year;
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
