package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param rowsByFile data rows per file name (headers not counted), truth.csv included
 * @param plantedByType truth rows per finding type, every type listed (zero when none)
 * @param hardNegativesByKind clients carrying each hard negative, every kind listed
 * @param cleanClients clients with no planted finding
 */
public record GenerationResult(
        int clients,
        int cleanClients,
        Map<String, Long> rowsByFile,
        Map<FindingType, Long> plantedByType,
        Map<HardNegative, Long> hardNegativesByKind) {

    public GenerationResult {
        rowsByFile = Map.copyOf(rowsByFile);
        plantedByType = Map.copyOf(plantedByType);
        hardNegativesByKind = Map.copyOf(hardNegativesByKind);
    }

    public long plantedFindings() {
        return plantedByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
