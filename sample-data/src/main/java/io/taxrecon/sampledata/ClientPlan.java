package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import java.util.List;

/**
 * What one client is to carry: no plant (a clean client, possibly with one hard negative) or one
 * or two planted findings of distinct types; and possibly one penalty or collection-statute story
 * on old tax years (one that gives a finding on a dirty client, a hard negative on a clean one).
 *
 * @param negative null when the client carries no hard negative
 * @param penaltyStory null when the client carries none
 */
public record ClientPlan(List<FindingType> plants, HardNegative negative, PenaltyStory penaltyStory) {

    public ClientPlan(List<FindingType> plants, HardNegative negative) {
        this(plants, negative, null);
    }

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
