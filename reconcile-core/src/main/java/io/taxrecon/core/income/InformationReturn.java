package io.taxrecon.core.income;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;

/**
 * One box of a W-2/1099 as the IRS (wage-and-income transcript, CP2000 listing) or the client
 * reported it: the input holds one row per box, and rows sharing {@code documentId} make one form.
 * {@code box} is normalised ("1", "1a", "2a") and keeps boxes outside the category map.
 */
public record InformationReturn(
        String documentId,
        String clientId,
        Tin recipientTin,
        int taxYear,
        FormType formType,
        String payerName,
        Tin payerTin,
        String box,
        BigDecimal amount,
        Origin origin,
        boolean corrected,
        SourceRef source) {

    /** Who reported the document: the IRS's own data, or the copy the client handed the firm. */
    public enum Origin { IRS, CLIENT }
}
