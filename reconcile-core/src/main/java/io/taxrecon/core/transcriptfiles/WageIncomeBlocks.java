package io.taxrecon.core.transcriptfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the form blocks of a Wage and Income Transcript period: a block starts at its title
 * ("Form W-2 Wage and Tax Statement", "Form 1099-INT"), names its payer (employer) by a masked EIN
 * and a masked name, says whether it is a corrected submission, and lists its boxes by label,
 * which {@link TranscriptLabels} turns into box numbers. A labelled amount the catalog does not
 * list is reported unread, so that a box is never silently lost.
 */
final class WageIncomeBlocks {

    private static final Pattern TITLE = Pattern.compile("^(?i:form)\\s+[A-Z]*-?\\d[A-Z0-9]*(?:-[A-Z0-9]+)?\\b.*$");
    /** "Payer:", "Employer:", "Payer's Name:" with the name on the line or on the line below. */
    private static final Pattern PAYER_NAME_LABEL = Pattern.compile(
            "(?i)^(?:payer|employer|filer|trustee)(?:'s|’s)?(?:\\s+name)?\\s*:[.\\s]*(.*)$");

    private final TranscriptLabels labels;
    private final List<UnreadLine> unread;
    private final List<FormBlock> blocks = new ArrayList<>();
    private final LabelledAmount amounts = new LabelledAmount();
    private Block current;

    WageIncomeBlocks(TranscriptLabels labels, List<UnreadLine> unread) {
        this.labels = labels;
        this.unread = unread;
    }

    void accept(TranscriptLine line) {
        String text = line.text();
        if (TITLE.matcher(text).matches()) {
            finishBlock();
            Optional<String> formType = labels.formTypeOf(text);
            if (formType.isEmpty()) {
                unread.add(new UnreadLine(line, "form not in " + TranscriptLabels.FORMS_FILE + ": " + text));
            }
            current = new Block(text, formType.orElse(""), line);
            amounts.reset();
            return;
        }
        if (current == null || current.formType.isEmpty()) {
            return; // before the first form, or a form that is not income (Form 1098, 5498, ...)
        }
        current.readParty(text);
        if (text.toLowerCase(Locale.ROOT).startsWith("submission type")) {
            current.corrected = text.toLowerCase(Locale.ROOT).contains("corrected");
        }
        LabelledAmount.Figure figure = amounts.accept(line);
        if (figure == null) {
            return;
        }
        Optional<String> box = figure.labels().stream()
                .map(l -> labels.boxOf(current.formType, l)).flatMap(Optional::stream).findFirst();
        if (box.isPresent()) {
            current.boxes.add(new BoxFigure(figure.labels().get(0), box.get(), figure.amount(), line));
        } else {
            unread.add(new UnreadLine(line, "box label not in " + TranscriptLabels.BOXES_FILE + " for "
                    + current.formType + ": " + (figure.labels().isEmpty() ? "(no label)" : figure.labels().get(0))));
        }
    }

    List<FormBlock> finish() {
        finishBlock();
        return List.copyOf(blocks);
    }

    private void finishBlock() {
        if (current != null && !current.formType.isEmpty()) {
            blocks.add(new FormBlock(current.title, current.formType, current.payerName, current.payerLastFour,
                    current.corrected, current.boxes, current.at));
        }
        current = null;
    }

    /** One form block being read. */
    private static final class Block {
        final String title;
        final String formType;
        final TranscriptLine at;
        final List<BoxFigure> boxes = new ArrayList<>();
        String payerName;
        String payerLastFour;
        boolean corrected;
        boolean nameNext;

        Block(String title, String formType, TranscriptLine at) {
            this.title = title;
            this.formType = formType;
            this.at = at;
        }

        /** The payer's masked EIN, and its masked name: the line after the EIN, or a labelled name. */
        void readParty(String text) {
            var labelled = PAYER_NAME_LABEL.matcher(text);
            if (labelled.matches() && payerName == null) {
                if (labelled.group(1).isBlank()) {
                    nameNext = true;
                } else {
                    payerName = labelled.group(1).strip();
                }
                return;
            }
            if (payerLastFour == null) {
                Optional<String> ein = TranscriptValues.maskedEin(text);
                if (ein.isPresent()) {
                    payerLastFour = ein.get();
                    nameNext = payerName == null;
                    return;
                }
            }
            if (nameNext && !text.contains(":") && TranscriptValues.maskedSsn(text).isEmpty()
                    && !TranscriptValues.MONEY.matcher(text).find()) {
                payerName = text.strip();
                nameNext = false;
            }
        }
    }
}
