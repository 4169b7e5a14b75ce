package io.taxrecon.core.letters;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeStatus;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-built reconciliations for the letter rules: one client whose 2024 CP14 is live and bridged
 * by an unposted check and a payment credited to a transposed TIN, beside the history of 2023 (a
 * CP14 followed by a CP501, the CP501 paid off), each history notice wrong on its date.
 */
final class LetterCases {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 14);
    static final Tin CLIENT_TIN = Tin.of("123456789");
    static final Tin SPOUSE_TIN = Tin.of("987654321");
    static final Tin TRANSPOSED_TIN = Tin.of("213456789");
    static final Tin STRANGER_TIN = Tin.of("444556666");
    static final NoticeType CP14 = new NoticeType("CP14", "Balance due", "You owe tax.", NoticeType.CollectionStage.BALANCE_DUE,
            21, false, "");
    static final NoticeType CP501 = new NoticeType("CP501", "Reminder of balance due", "You still owe tax.",
            NoticeType.CollectionStage.REMINDER, 21, false, "");

    private LetterCases() {
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    static Client client() {
        return new Client("C-001", "Jane Q. Public", CLIENT_TIN, "John Public", SPOUSE_TIN, "Rev", SourceRef.csv("clients.csv", 2));
    }

    static Notice notice(String id, Tin tin, int year, String code, LocalDate date, String amount, int line) {
        return new Notice(id, "C-001", tin, year, code, date, money(amount), "1040", null, null, null, null, null,
                SourceRef.csv("notices.csv", line));
    }

    /** The live CP14 N-1: claims 5,000.00; the records support 3,600.00 on its date and 3,350.00 today. */
    static NoticeAssessment liveCp14() {
        Notice n = notice("N-1", CLIENT_TIN, 2024, "CP14", RUN_DATE.minusDays(11), "5000.00", 2);
        return new NoticeAssessment(n, CP14, NoticeStatus.open("open"), RUN_DATE.plusDays(10), 10L, money("5000.00"),
                money("5000.00"),
                List.of(new NoticeAssessment.Adjustment(FindingType.UNPOSTED_PAYMENT, "P-3", "check not credited", money("-400.00")),
                        new NoticeAssessment.Adjustment(FindingType.MISAPPLIED_PAYMENT_TIN, "P-2", "credited to a transposed TIN",
                                money("-1000.00"))),
                money("3600.00"), money("0.00"), money("250.00"), money("3350.00"), "Respond.");
    }

    /** A notice of {@code status} whose bridge fell 50.00 below its claim, as a live one would warrant a letter for. */
    static NoticeAssessment history(String id, NoticeType type, NoticeStatus status, int line) {
        Notice n = notice(id, CLIENT_TIN, 2023, type.code(), LocalDate.of(2024, 3, 4).plusDays(line), "1150.00", line);
        return new NoticeAssessment(n, type, status, null, null, money("1150.00"), money("1100.00"),
                List.of(new NoticeAssessment.Adjustment(FindingType.NOTICE_BALANCE_MISMATCH, id, "unexplained", money("-50.00"))),
                money("1100.00"), money("0.00"), money("1100.00"), money("0.00"), "No action needed.");
    }

    static NoticeAssessment superseded() {
        return history("N-20", CP14, NoticeStatus.superseded("N-21", "CP501", LocalDate.of(2024, 4, 8),
                "followed by CP501 N-21 on 2024-04-08"), 5);
    }

    static NoticeAssessment paid() {
        return history("N-21", CP501, NoticeStatus.paid(LocalDate.of(2025, 5, 13), 12, "paid 2025-05-13 by 12 credits"), 6);
    }

    /** A live CP14 addressed to somebody else's TIN, with nothing against its amount. */
    static NoticeAssessment toAStranger() {
        Notice n = notice("NW-1", STRANGER_TIN, 2024, "CP14", RUN_DATE.minusDays(5), "900.00", 3);
        return new NoticeAssessment(n, CP14, NoticeStatus.open("open"), RUN_DATE.plusDays(16), 16L, money("900.00"), null,
                List.of(), money("900.00"), null, null, null, "Check the addressee.");
    }

    static ClientReconciliation reconciliation(NoticeAssessment... notices) {
        Payment p2 = new Payment("P-2", "C-001", CLIENT_TIN, 2024, LocalDate.of(2025, 6, 15), money("1000.00"), "DIRECT_PAY",
                "ESTIMATED", "DP-77", "1040", SourceRef.csv("payments.csv", 3));
        Payment p3 = new Payment("P-3", "C-001", CLIENT_TIN, 2024, LocalDate.of(2025, 1, 15), money("400.00"), "CHECK",
                "ESTIMATED", null, "1040", SourceRef.csv("payments.csv", 4));
        TranscriptTransaction elsewhere = new TranscriptTransaction("T-2", "C-001", TRANSPOSED_TIN, 2024, "670",
                LocalDate.of(2025, 6, 20), money("-1000.00"), "Payment", null, SourceRef.csv("irs_transactions.csv", 40));
        List<Notice> noticeRows = java.util.Arrays.stream(notices).map(NoticeAssessment::notice).toList();
        List<Finding> findings = java.util.Arrays.stream(notices)
                .filter(a -> !a.notice().tin().equals(CLIENT_TIN))
                .map(a -> new Finding("C-001", a.notice().taxYear(), FindingType.IDENTITY_MISMATCH, Severity.MEDIUM,
                        a.notice().noticeId(), null, null, null, a.notice().noticeId(), a.dueDate(), "Another TIN.",
                        "Check the addressee.", List.of(a.notice().source())))
                .toList();
        ClientRecords records = new ClientRecords(client(), noticeRows, List.of(elsewhere), List.of(), List.of(),
                List.of(p2, p3), 0);
        return new ClientReconciliation(records, findings,
                List.of(new PaymentOutcome(p3, PaymentOutcome.Status.UNPOSTED, List.of(), "No IRS credit found."),
                        new PaymentOutcome(p2, PaymentOutcome.Status.MISAPPLIED_TIN, List.of(elsewhere), "Credited elsewhere.")),
                List.of(), List.of(notices));
    }
}
