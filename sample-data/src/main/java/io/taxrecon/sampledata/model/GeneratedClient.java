package io.taxrecon.sampledata.model;

import io.taxrecon.sampledata.HardNegative;
import java.util.List;
import java.util.Set;

/**
 * Everything the inbox holds for one client, plus the findings planted in it. Lives only while
 * the client is being written, so that a run streams.
 *
 * @param spouse null for a client filing alone
 */
public record GeneratedClient(
        int index,
        String clientId,
        Person primary,
        Person spouse,
        String reviewer,
        List<NoticeRecord> notices,
        List<TranscriptLine> transactions,
        List<InformationDocument> documents,
        List<ReturnFigure> returnLines,
        List<PaymentRecord> payments,
        List<TruthRow> truth,
        Set<HardNegative> hardNegatives) {}
