package io.taxrecon.core.income;

import io.taxrecon.core.values.Tin;
import java.util.List;

/** One W-2/1099 assembled from its box rows, and whether it counts toward the IRS totals. */
public record IncomeDocument(
        String documentId,
        FormType formType,
        String payerName,
        Tin payerTin,
        Tin recipientTin,
        int taxYear,
        boolean corrected,
        InformationReturn.Origin origin,
        Status status,
        List<InformationReturn> boxes) {

    public IncomeDocument {
        boxes = List.copyOf(boxes);
    }

    public enum Status {
        /** IRS-source, summed into the categories. */
        COUNTED,
        /** replaced by a corrected form from the same payer. */
        SUPERSEDED,
        /** an exact repeat of another document: DUPLICATE_INFORMATION_RETURN. */
        DUPLICATE,
        /** the client's copy: evidence only. */
        CLIENT_COPY
    }
}
