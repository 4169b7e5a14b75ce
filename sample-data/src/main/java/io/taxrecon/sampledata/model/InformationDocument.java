package io.taxrecon.sampledata.model;

import io.taxrecon.core.income.FormType;
import java.util.List;

/**
 * A W-2/1099 as the inbox holds it; written as one row per box.
 *
 * @param clientCopy true for the copy the client handed us (source CLIENT), evidence only
 */
public record InformationDocument(
        String documentId,
        String recipientTin,
        int taxYear,
        FormType form,
        Payer payer,
        List<DocumentBox> boxes,
        boolean clientCopy,
        boolean corrected) {

    /** The same document under another id: how the IRS's repeat of a form looks. */
    public InformationDocument withId(String id) {
        return new InformationDocument(id, recipientTin, taxYear, form, payer, boxes, clientCopy, corrected);
    }
}
