package io.taxrecon.core.letters;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.notices.NoticeAssessment;
import java.util.Objects;

/**
 * Why a notice warrants a written dispute, if it does: the records show it claims more than they
 * support, or it names a TIN that is neither the client's nor the spouse's.
 *
 * <p>Never for a notice that is history (superseded or paid: its successor, or the payment, has
 * spoken for it), nor for a code the catalog does not know (verify it is genuine before answering
 * it). Income gaps alone do not warrant one (a CP2000 the records do not contradict is agreed or
 * partly agreed with a person's judgment, not disputed by a template), nor does a bridge that
 * lands at or above the claim (a letter would only invite a larger bill).
 *
 * @param overclaims the notice's bridge brings what the records support below what it claims
 * @param namesAnotherTin the notice names a TIN that is not the client's or the spouse's
 */
public record LetterGrounds(boolean overclaims, boolean namesAnotherTin) {

    /** No grounds: no letter. */
    public static final LetterGrounds NONE = new LetterGrounds(false, false);

    /** The grounds the records give for answering {@code a} in writing. */
    public static LetterGrounds of(NoticeAssessment a, ClientReconciliation rec) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(rec, "rec");
        if (!a.live() || a.type() == null) {
            return NONE;
        }
        return new LetterGrounds(overclaims(a), namesAnotherTin(a, rec));
    }

    /** True when a letter is to be drafted. */
    public boolean warranted() {
        return overclaims || namesAnotherTin;
    }

    private static boolean overclaims(NoticeAssessment a) {
        return a.claimed() != null && a.supported() != null && !a.adjustments().isEmpty()
                && a.supported().compareTo(a.claimed()) < 0;
    }

    private static boolean namesAnotherTin(NoticeAssessment a, ClientReconciliation rec) {
        Notice n = a.notice();
        if (n.tin() != null && !rec.records().client().owns(n.tin())) {
            return true;
        }
        return n.noticeId() != null && rec.findings().stream()
                .anyMatch(f -> f.type() == FindingType.IDENTITY_MISMATCH && n.noticeId().equals(f.reference()));
    }
}
