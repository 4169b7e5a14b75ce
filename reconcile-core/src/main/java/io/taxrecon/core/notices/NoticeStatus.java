package io.taxrecon.core.notices;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a notice stands on the run date, judged in its history: still live, followed by a later
 * notice, or paid off. Only an OPEN notice is live: the others are history, shown on the
 * notice timeline and never ranked, graded HIGH, given a deadline or answered by a letter.
 *
 * @param supersededBy the notice_id of the later notice that followed it (SUPERSEDED only)
 * @param supersededByCode that later notice's code (SUPERSEDED only)
 * @param supersededOn that later notice's date (SUPERSEDED only)
 * @param paidOn the date of the credit that brought the balance to $1.00 or less (PAID only)
 * @param paidByCredits how many credits posted after the notice date up to {@code paidOn} (PAID only)
 * @param reason the status in the words a reviewer reads at a glance ("paid 2025-05-13 by 12
 *               credits", "followed by CP501 N123 on 2024-07-02", "open")
 */
public record NoticeStatus(
        State state,
        String supersededBy,
        String supersededByCode,
        LocalDate supersededOn,
        LocalDate paidOn,
        int paidByCredits,
        String reason) {

    /** OPEN is live; SUPERSEDED and PAID are history. */
    public enum State { OPEN, SUPERSEDED, PAID }

    public NoticeStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    public static NoticeStatus open(String reason) {
        return new NoticeStatus(State.OPEN, null, null, null, null, 0, reason);
    }

    public static NoticeStatus superseded(String byId, String byCode, LocalDate on, String reason) {
        return new NoticeStatus(State.SUPERSEDED, byId, byCode, on, null, 0, reason);
    }

    public static NoticeStatus paid(LocalDate on, int credits, String reason) {
        return new NoticeStatus(State.PAID, null, null, null, on, credits, reason);
    }

    /** True for an OPEN notice: the only kind that is ranked, graded, given a deadline or a letter. */
    public boolean live() {
        return state == State.OPEN;
    }
}
