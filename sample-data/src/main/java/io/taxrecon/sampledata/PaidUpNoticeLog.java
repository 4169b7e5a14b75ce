package io.taxrecon.sampledata;

import static io.taxrecon.sampledata.ClientDraft.ZERO;

import io.taxrecon.sampledata.model.NoticeRecord;
import io.taxrecon.sampledata.model.TranscriptLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The notice log of a paid-up client ({@link PaidUpPlanter}): on about 37% of them, one (now and then two)
 * past letters that the IRS sends a client who owes nothing, a CP62 (a payment or credit applied)
 * or a CP225 (a payment found and applied) a few weeks after one of the account's own payments.
 *
 * <p>Both are informational codes with no response days, so each is open with no due date for
 * ever: no RESPONSE_DEADLINE, no balance check (not a bill), no penalty or interest (the account
 * is not touched), and the truth stays empty. The informational codes that do have a deadline
 * (CP12, CP13, CP24: 60 days) would be overdue on every later night, since only a later notice of
 * another stage closes an informational one; the letters a practice sees most that the catalog
 * lacks (IP PIN, "we received your return") would be UNKNOWN_NOTICE_CODE. Notices are dated before
 * the run date's year, and on the client's primary TIN.
 */
final class PaidUpNoticeLog {

    /**
     * Of the paid-up clients with a payment credited before the run date's year (seven in ten), the
     * ones with a letter: about 37% of the paid-up clients, so that with the story clients about
     * 40% of a firm's clients have a workbook.
     */
    static final double SHARE = 0.52;
    /** Of those, the ones with a second letter (few: the story clients already bring ~0.2 notices a client). */
    private static final double SECOND_SHARE = 0.05;
    /** Of the letters, the ones that say a payment was found rather than applied. */
    private static final double FOUND_SHARE = 0.25;

    /**
     * The letters' own random stream (the planters' streams are numbered by attempt): the rest of
     * a paid-up client is drawn exactly as without letters.
     */
    static final long STREAM = 0x1E77E5L;

    private final ClientDraft d;
    private final SplittableRandom r;

    PaidUpNoticeLog(ClientDraft d, SplittableRandom r) {
        this.d = d;
        this.r = r;
    }

    /** Writes the client's letters, if it has any; the account's lines must all be written already. */
    void write() {
        LocalDate yearStart = LocalDate.of(d.runDate.getYear(), 1, 1);
        List<TranscriptLine> credited = new ArrayList<>();
        for (TranscriptLine t : d.txns) {
            // a letter a few weeks after the payment, and still in an earlier year than the run date's
            if (TransactionCodes.REMITTANCES.contains(t.code()) && t.date().plusDays(45).isBefore(yearStart)) {
                credited.add(t);
            }
        }
        if (credited.isEmpty() || r.nextDouble() >= SHARE) {
            return;
        }
        int count = r.nextDouble() < SECOND_SHARE && credited.size() > 1 ? 2 : 1;
        List<NoticeRecord> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TranscriptLine t = credited.remove(r.nextInt(credited.size()));
            String code = r.nextDouble() < FOUND_SHARE ? "CP225" : "CP62";
            letters.add(new NoticeRecord(null, t.tin(), t.taxYear(), code, t.date().plusDays(14 + r.nextInt(30)),
                    ZERO, null, null, null, null, null));
        }
        // numbered in date order, as the IRS's letters arrive
        letters.sort((a, b) -> a.noticeDate().compareTo(b.noticeDate()));
        for (NoticeRecord n : letters) {
            d.notices.add(new NoticeRecord(d.nextNoticeId(), n.tin(), n.taxYear(), n.code(), n.noticeDate(),
                    n.amountDue(), null, null, null, null, null));
        }
    }
}
