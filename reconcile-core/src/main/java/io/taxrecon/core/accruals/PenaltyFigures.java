package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One TIN-year's row of penalties.csv (SPEC "Outputs of a run"), amounts rounded to the cent:
 * the transcript's assessed figures net of abatements, the rules' figures on the IRS's own credits
 * to the run date, what the payment findings caused, and what is owed today.
 *
 * @param tinLast4 the last four digits only: a full TIN never reaches a report
 * @param csed the latest collection statute date of the assessments; null until the statute rules fill it
 */
public record PenaltyFigures(
        String clientId,
        int taxYear,
        String tinLast4,
        LocalDate filed,
        BigDecimal taxAssessed,
        BigDecimal ftfAssessed,
        BigDecimal ftpAssessed,
        BigDecimal interestAssessed,
        BigDecimal ftfComputed,
        BigDecimal ftpComputed,
        BigDecimal interestComputed,
        BigDecimal causedByFindings,
        BigDecimal owedToday,
        LocalDate csed) {

    /** The same row with the collection statute date the statute rules found. */
    public PenaltyFigures withCsed(LocalDate date) {
        return new PenaltyFigures(clientId, taxYear, tinLast4, filed, taxAssessed, ftfAssessed, ftpAssessed,
                interestAssessed, ftfComputed, ftpComputed, interestComputed, causedByFindings, owedToday, date);
    }
}
