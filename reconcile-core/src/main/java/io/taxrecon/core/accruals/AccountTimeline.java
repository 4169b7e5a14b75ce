package io.taxrecon.core.accruals;

import io.taxrecon.core.calendar.BusinessCalendar;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One TIN-year's account as the accrual rules read it: its dates (original due date, filing due
 * date, filed), the entries that move the unpaid tax in date order with their effective dates,
 * and the notices and agreements that change the failure-to-pay rate. The unpaid tax counts TC 150
 * and the credits, their reversals, refunds and transfers out, nothing else (SPEC "Conventions").
 *
 * @param filed the date of TC 150 (the earliest when several)
 * @param levyNotice the earliest intent-to-levy notice (CP504, LT11, LTR1058, CP90) of the TIN-year, or null
 * @param installmentAgreement the earliest TC 971 establishing an installment agreement, or null
 * @param entries what moves the unpaid tax, by effective date
 * @param events every transaction and notice of the TIN-year in date order, for the workbook
 */
public record AccountTimeline(
        Tin tin,
        int taxYear,
        LocalDate originalDueDate,
        LocalDate filingDueDate,
        LocalDate filed,
        LocalDate levyNotice,
        LocalDate installmentAgreement,
        List<Entry> entries,
        List<Event> events) {

    private static final Set<String> LEVY_NOTICES = Set.of("CP504", "LT11", "LTR1058", "CP90");

    public AccountTimeline {
        entries = entries.stream().sorted(Comparator.comparing(Entry::effective)).toList();
        events = List.copyOf(events);
    }

    /**
     * One line of the account's story: a transaction (its balance effect, + a charge, − a credit) or a
     * notice (its amount claimed), with the date it counts from for the unpaid tax.
     *
     * @param notice true for a notice, false for a transcript line
     * @param movesUnpaidTax true when the rules count it in the unpaid tax (TC 150, credits, reversals, refunds)
     */
    public record Event(LocalDate date, LocalDate effective, String code, BigDecimal amount, String reference,
                        String description, boolean notice, boolean movesUnpaidTax) {
    }

    /**
     * One movement of the unpaid tax. {@code effective} is the posting date, except TC 150 filed
     * late, which is due from the original due date (interest and FTP run from then, IRC 6601(a)).
     *
     * @param amount + raises the unpaid tax, − lowers it
     * @param reference the transaction id, or the payment id of a corrected credit
     */
    public record Entry(LocalDate posted, LocalDate effective, String code, BigDecimal amount, String reference) {
    }

    /** The timeline of a TIN-year from its transcript lines and the client's notices. */
    public static AccountTimeline of(Tin tin, int taxYear, List<TranscriptTransaction> transactions,
                                     List<Notice> notices, TransactionCodeCatalog codes, BusinessCalendar calendar) {
        LocalDate due = businessDay(calendar, LocalDate.of(taxYear + 1, 4, 15));
        boolean extended = false;
        LocalDate filed = null;
        LocalDate agreement = null;
        List<TranscriptTransaction> own = transactions.stream()
                .filter(t -> t.tin().equals(tin) && t.taxYear() == taxYear).toList();
        for (TranscriptTransaction t : own) {
            String code = codes.find(t.transactionCode()).map(TransactionCode::code).orElse(bareCode(t.transactionCode()));
            if (code.equals("150") && (filed == null || t.transactionDate().isBefore(filed))) {
                filed = t.transactionDate();
            } else if (code.equals("460")) {
                extended = true;
            } else if (code.equals("971") && establishesAgreement(t.describedAs())
                    && (agreement == null || t.transactionDate().isBefore(agreement))) {
                agreement = t.transactionDate();
            }
        }
        List<Entry> entries = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (TranscriptTransaction t : own) {
            TransactionCode code = codes.find(t.transactionCode()).orElse(null);
            boolean moves = code != null && movesUnpaidTax(code);
            LocalDate effective = moves && code.code().equals("150") && t.transactionDate().isAfter(due)
                    ? due : t.transactionDate();
            if (moves) {
                entries.add(new Entry(t.transactionDate(), effective, code.code(), code.balanceEffect(t), t.transactionId()));
            }
            events.add(new Event(t.transactionDate(), effective, code == null ? bareCode(t.transactionCode()) : code.code(),
                    code == null ? t.amount() : code.balanceEffect(t), t.transactionId(),
                    t.description() != null ? t.description() : code == null ? "" : code.description(), false, moves));
        }
        for (Notice n : notices) {
            if (n.tin().equals(tin) && n.taxYear() == taxYear) {
                events.add(new Event(n.noticeDate(), n.noticeDate(), n.noticeCode(), n.amountDue(), n.noticeId(),
                        LEVY_NOTICES.contains(n.noticeCode()) ? "intent to levy" : "", true, false));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::notice)
                .thenComparing(Event::reference, Comparator.nullsFirst(Comparator.naturalOrder())));
        LocalDate levy = notices.stream()
                .filter(n -> n.tin().equals(tin) && n.taxYear() == taxYear && LEVY_NOTICES.contains(n.noticeCode()))
                .map(Notice::noticeDate).min(Comparator.naturalOrder()).orElse(null);
        LocalDate filingDue = extended ? businessDay(calendar, MonthDay.of(10, 15).atYear(taxYear + 1)) : due;
        return new AccountTimeline(tin, taxYear, due, filingDue, filed, levy, agreement, entries, events);
    }

    /** The same account with credits added that the records say the IRS should have posted. */
    public AccountTimeline withCredits(List<Entry> credits) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(credits);
        return new AccountTimeline(tin, taxYear, originalDueDate, filingDueDate, filed, levyNotice,
                installmentAgreement, all, events);
    }

    /** The unpaid tax at the end of {@code date}: the entries effective on or before it. */
    public BigDecimal unpaidTax(LocalDate date) {
        BigDecimal unpaid = BigDecimal.ZERO;
        for (Entry e : entries) {
            if (e.effective().isAfter(date)) {
                break;
            }
            unpaid = unpaid.add(e.amount());
        }
        return unpaid;
    }

    /** True when the return was filed by its filing due date (extensions included). */
    public boolean filedOnTime() {
        return filed != null && !filed.isAfter(filingDueDate);
    }

    private static boolean movesUnpaidTax(TransactionCode code) {
        return switch (code.role()) {
            case REMITTANCE, REMITTANCE_REVERSAL, WITHHOLDING, WITHHOLDING_REVERSAL, OTHER_CREDIT,
                 OTHER_CREDIT_REVERSAL, REFUND_OR_TRANSFER_OUT -> true;
            case ASSESSMENT -> code.code().equals("150");
            default -> false;
        };
    }

    /** "installment agreement established": a pending, rejected or ended agreement does not lower the rate. */
    static boolean establishesAgreement(String description) {
        if (description == null) {
            return false;
        }
        String d = description.toLowerCase(Locale.ROOT);
        if (d.contains("ac 063")) {
            return true;
        }
        return d.contains("installment agreement") && !d.contains("pending") && !d.contains("terminat")
                && !d.contains("default") && !d.contains("reject") && !d.contains("ended");
    }

    /** "TC 0460" → "460", for markers the catalog may not list. */
    private static String bareCode(String code) {
        return code == null ? "" : TransactionCodeCatalog.key(code);
    }

    private static LocalDate businessDay(BusinessCalendar calendar, LocalDate date) {
        LocalDate d = date;
        while (!calendar.isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
