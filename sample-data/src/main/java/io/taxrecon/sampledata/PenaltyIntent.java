package io.taxrecon.sampledata;

import io.taxrecon.sampledata.model.TranscriptLine;
import io.taxrecon.sampledata.model.TruthRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A FIRST_TIME_ABATEMENT or COLLECTION_STATUTE finding as a penalty story meant it; the truth is
 * what {@link AbatementReading} and {@link StatuteReading} make of the lines as written, and the two
 * must agree on the story's years. On the client's other years the readings alone decide: the
 * routine failure-to-pay charges of the current and history years can make a year eligible for
 * First-Time Abatement, and such a year is in the truth too.
 *
 * @param reference FTF / FTP / FTF+FTP; null for a statute finding, whose reference is {@code latest}'s id
 * @param latest the assessment with the latest CSED (statute findings only)
 */
record PenaltyIntent(int taxYear, String type, String reference, BigDecimal difference, TranscriptLine latest) {

    /**
     * The penalty truth of the client: both readings over the lines as written (with their ids).
     *
     * @throws IllegalStateException when a story's intent and the readings disagree: a generator bug
     */
    static List<TruthRow> truth(ClientDraft d, List<TranscriptLine> withIds, Map<TranscriptLine, String> ids) {
        List<TruthRow> read = new ArrayList<>(AbatementReading.findings(d.clientId, withIds, d.runDate));
        read.addAll(StatuteReading.findings(d.clientId, withIds, d.notices, d.runDate));
        String primary = d.primary.ssn();
        Set<TruthRow> meant = new HashSet<>();
        for (PenaltyIntent i : d.penaltyIntents) {
            String reference = i.latest() == null ? i.reference() : ids.get(i.latest());
            meant.add(new TruthRow(d.clientId, i.taxYear(), i.type(), reference, i.difference()));
        }
        Set<TruthRow> onStoryYears = new HashSet<>();
        for (TruthRow t : read) {
            if (d.penaltyYears.contains(t.taxYear())) {
                onStoryYears.add(t);
            }
        }
        if (!onStoryYears.equals(meant)) {
            throw new IllegalStateException("penalty story of " + d.clientId + " (" + d.plan.penaltyStory() + ", TIN ..."
                    + primary.substring(primary.length() - 4) + "): planted " + meant + " but the rules read " + onStoryYears);
        }
        return read;
    }
}
