package io.taxrecon.core.transcriptfiles;

import java.util.List;

/**
 * One form of a Wage and Income Transcript ("Form W-2 Wage and Tax Statement", "Form 1099-INT"):
 * its form type, the payer's name and the last four digits of the payer's masked EIN as the IRS
 * prints them (null when absent), whether it is a corrected submission, and its boxes.
 */
public record FormBlock(String title, String formType, String payerName, String payerTinLastFour,
        boolean corrected, List<BoxFigure> boxes, TranscriptLine at) {

    public FormBlock {
        boxes = List.copyOf(boxes);
    }
}
