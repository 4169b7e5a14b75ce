package io.taxrecon.sampledata;

/**
 * A situation that looks like a discrepancy but is not one by the rules, planted in an otherwise
 * clean client so that a finding there is a false positive of the engine. Whole-dollar rounding,
 * credits written with a minus sign and the other value-format variants are in every client and
 * are not listed here.
 */
public enum HardNegative {
    /** The credit is dated exactly 5 days before the payment (first day of the window). */
    WINDOW_START_EDGE,
    /** The credit is dated exactly 30 days after the payment (last day of the window). */
    WINDOW_END_EDGE,
    /** One payment posted as two or three credits that sum to it exactly. */
    SPLIT_CREDITS,
    /** A corrected 1099 supersedes the original of another amount; the return has the corrected one. */
    CORRECTED_FORM,
    /** A payment dated within 30 days before the run date with no credit yet. */
    PENDING_PAYMENT,
    /** 1099-NEC/K income reported as OTHER_INCOME with no BUSINESS_GROSS_RECEIPTS line. */
    REPORTED_ELSEWHERE,
    /** A CLIENT-source copy whose amount differs from the IRS copy (evidence only). */
    CLIENT_COPY_DIFFERS,
    /** The spouse's W-2 on a joint return, counted with the client's. */
    SPOUSE_W2_JOINT,
    /** A notice due exactly 15 days after the run date: one day outside "due soon". */
    DEADLINE_15_DAYS
}
