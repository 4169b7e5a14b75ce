package io.taxrecon.core.accruals;

import java.util.List;

/**
 * Everything the rules computed for one TIN-year, with the detail behind each figure for the
 * workbook's "Penalties &amp; interest" sheet: FTF and FTP month by month, interest period by period
 * (on the tax, and apart on the FTF from the filing due date and on assessed FTP not paid within 21
 * days), what each payment finding caused, and plain notes on the rules applied or not.
 */
public record TaxYearAccruals(
        AccountTimeline timeline,
        PenaltyResult ftf,
        PenaltyResult ftp,
        DailyInterest.Result interest,
        DailyInterest.Result interestOnFtf,
        DailyInterest.Result interestOnFtp,
        List<CausedCharge> caused,
        List<String> notes,
        PenaltyFigures figures) {

    public TaxYearAccruals {
        caused = List.copyOf(caused);
        notes = List.copyOf(notes);
    }
}
