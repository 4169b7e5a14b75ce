package io.taxrecon.core.transcriptfiles;

import java.time.LocalDate;
import java.util.List;

/**
 * What one tax period of a transcript holds (a file may hold several): the period's end and tax
 * year, the form, the status the IRS printed instead of data ("No tax return filed",
 * "Requested data not found"; null when there is data), and the period's content by product.
 */
public record TaxPeriodModule(LocalDate periodEnd, int taxYear, String taxForm, String status,
        AccountFigures account, List<TransactionLine> transactions, List<FormBlock> forms,
        List<ReturnFigure> returnFigures, TranscriptLine at) {

    public TaxPeriodModule {
        transactions = List.copyOf(transactions);
        forms = List.copyOf(forms);
        returnFigures = List.copyOf(returnFigures);
    }
}
