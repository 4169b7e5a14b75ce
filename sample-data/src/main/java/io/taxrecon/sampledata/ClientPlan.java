package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import java.util.List;

/**
 * What one client is to carry: no plant (a clean client, possibly with one hard negative) or one
 * or two planted findings of distinct types.
 *
 * @param negative null when the client carries no hard negative
 */
public record ClientPlan(List<FindingType> plants, HardNegative negative) {

    public ClientPlan {
        plants = List.copyOf(plants);
        if (!plants.isEmpty() && negative != null) {
            throw new IllegalArgumentException("hard negatives go to otherwise clean clients");
        }
    }

    public boolean clean() {
        return plants.isEmpty();
    }
}
