package io.taxrecon.core.abatement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tax year whose failure-to-file or failure-to-pay penalty First-Time Abatement might remove,
 * but whose prior years the records do not hold: no finding, a note for the workbook saying which
 * transcripts would confirm it.
 *
 * @param tinLast4 the last four digits of the TIN (never the whole TIN)
 * @param missingYears the prior years with no transaction at all, ascending
 * @param penalties the FTF + FTP assessed and not abated
 * @param text the note as the workbook shows it ("Cannot confirm ...: no transcript for 2022 ...")
 */
public record UnconfirmedAbatement(String tinLast4, int taxYear, List<Integer> missingYears, BigDecimal penalties,
                                   String text) {

    public UnconfirmedAbatement {
        missingYears = List.copyOf(missingYears);
    }
}
