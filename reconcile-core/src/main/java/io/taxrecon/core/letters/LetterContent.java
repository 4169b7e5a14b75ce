package io.taxrecon.core.letters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a draft response to one live notice says, in reading order, with no document format:
 * which notice, the statement of disagreement, the corrected figures line by line, the documents
 * to enclose, and the blanks ({@link LetterTexts#BLANK}) only a person can fill. A writer lays it
 * out (a .docx in reports); tests read it as it is.
 *
 * @param firm the letterhead: the firm's name, or a blank for it
 * @param date the letter's date in words ("November 14, 2026")
 * @param addressee the IRS's lines of the address block
 * @param disagreement the statement of what is wrong, one paragraph each
 * @param figures the corrected figures; null when the letter disputes no amount
 * @param signature the signature block, blanks included
 */
public record LetterContent(
        String clientId,
        String noticeId,
        String noticeCode,
        int taxYear,
        LetterGrounds grounds,
        String banner,
        String firm,
        String firmAddress,
        String date,
        List<String> addressee,
        String subject,
        String salutation,
        String intro,
        List<String> disagreement,
        CorrectedFigures figures,
        String request,
        String enclosuresTitle,
        List<String> enclosures,
        String closing,
        List<String> signature) {

    public LetterContent {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(grounds, "grounds");
        addressee = List.copyOf(addressee);
        disagreement = List.copyOf(disagreement);
        enclosures = List.copyOf(enclosures);
        signature = List.copyOf(signature);
    }

    /** Every line of the letter that holds a blank, in reading order: what the reviewer must fill. */
    public List<String> blanks() {
        List<String> lines = new ArrayList<>();
        lines.add(firm);
        lines.add(firmAddress);
        lines.addAll(addressee);
        lines.add(subject);
        lines.addAll(disagreement);
        if (figures != null) {
            figures.lines().forEach(l -> lines.add(l.item() + " " + l.amountText()));
        }
        lines.addAll(enclosures);
        lines.addAll(signature);
        return lines.stream().filter(l -> l != null && l.contains(LetterTexts.BLANK)).toList();
    }

    /**
     * The corrected figures: what the notice claims, each step with its finding and reference, what
     * the records support on the notice's date, then (when the account moved since) what they support
     * today.
     *
     * @param columns the table's column titles (item, reference, amount)
     */
    public record CorrectedFigures(String title, List<String> columns, List<Line> lines) {

        public CorrectedFigures {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line of the corrected figures.
     *
     * @param reference the notice or payment it is about; "" when none
     * @param amount signed: steps that lower the claim are negative
     * @param total true for the claim and the supported figures, which a writer sets in bold
     */
    public record Line(String item, String reference, BigDecimal amount, boolean total) {

        /** The amount as the letter prints it. */
        public String amountText() {
            return LetterTexts.money(amount);
        }
    }
}
