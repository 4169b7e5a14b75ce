package io.taxrecon.sampledata;

import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param rowsByFile data rows per file name (headers and blank lines not counted, planted bad rows
 *     counted), truth.csv and rejects-truth.csv included
 * @param plantedByType truth rows per finding_type name, every type of {@link SampleInboxGenerator#FINDING_TYPES} listed (zero when none)
 * @param hardNegativesByKind clients carrying each hard negative, every kind listed
 * @param cleanClients clients with no planted finding
 * @param rejectsByReason planted bad rows (--dirty) per reason; empty for a clean inbox
 */
public record GenerationResult(
        int clients,
        int cleanClients,
        Map<String, Long> rowsByFile,
        Map<String, Long> plantedByType,
        Map<HardNegative, Long> hardNegativesByKind,
        Map<String, Long> rejectsByReason) {

    public GenerationResult {
        rowsByFile = Map.copyOf(rowsByFile);
        rejectsByReason = Map.copyOf(rejectsByReason);
        plantedByType = Map.copyOf(plantedByType);
        hardNegativesByKind = Map.copyOf(hardNegativesByKind);
    }

    /** A result without planted bad rows. */
    public GenerationResult(int clients, int cleanClients, Map<String, Long> rowsByFile,
            Map<String, Long> plantedByType, Map<HardNegative, Long> hardNegativesByKind) {
        this(clients, cleanClients, rowsByFile, plantedByType, hardNegativesByKind, Map.of());
    }

    public long plantedRejects() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public long plantedFindings() {
        return plantedByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
