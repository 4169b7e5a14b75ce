package io.taxrecon.core.engine;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.util.List;

/**
 * Everything the firm holds for one client: the engine's whole input. {@code transactions}
 * includes the transcript lines of every TIN the firm can see that may hold this client's money
 * (the client's, the spouse's, and any TIN one adjacent-digit transposition away).
 * {@code rejectedRows} counts this client's input rows that could not be loaded, so that the
 * workbook can warn that its data is incomplete.
 */
public record ClientRecords(
        Client client,
        List<Notice> notices,
        List<TranscriptTransaction> transactions,
        List<InformationReturn> informationReturns,
        List<ReturnLine> returnLines,
        List<Payment> payments,
        long rejectedRows) {

    public ClientRecords {
        notices = List.copyOf(notices);
        transactions = List.copyOf(transactions);
        informationReturns = List.copyOf(informationReturns);
        returnLines = List.copyOf(returnLines);
        payments = List.copyOf(payments);
    }
}
