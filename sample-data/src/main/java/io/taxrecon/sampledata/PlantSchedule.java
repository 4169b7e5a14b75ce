package io.taxrecon.sampledata;

import io.taxrecon.core.findings.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides client by client what to plant, so that every finding type and every hard negative
 * comes at a steady rate whatever the number of clients. Which clients are dirty follows a
 * low-discrepancy (golden ratio) sequence rather than coin flips, so that even a 40-client inbox
 * gets its ~36% of dirty clients; the types come from one seeded permutation taken in turn, so
 * the first 14 plants cover every type once. Dirty clients alternate between one and two plants.
 */
final class PlantSchedule {

    static final double DIRTY_SHARE = 0.36;
    private static final double INVERSE_GOLDEN_RATIO = 0.6180339887498949;

    private final double offset;
    private final List<FindingType> cycle;
    private final List<HardNegative> negatives;
    private int nextPlant;
    private int nextNegative;
    private int dirtyClients;
    private int cleanClients;

    PlantSchedule(long seed) {
        SplittableRandom random = RandomStreams.of(seed, -1, 0);
        this.offset = random.nextDouble();
        this.cycle = shuffled(List.of(FindingType.values()), random);
        this.negatives = shuffled(List.of(HardNegative.values()), random);
    }

    /** The plan of the next client; clients must be asked for in index order. */
    ClientPlan next(int index) {
        double position = (offset + index * INVERSE_GOLDEN_RATIO) % 1.0;
        if (position < DIRTY_SHARE) {
            dirtyClients++;
            int count = dirtyClients % 2 == 0 ? 2 : 1;
            List<FindingType> plants = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                plants.add(cycle.get(nextPlant++ % cycle.size()));
            }
            return new ClientPlan(plants, null);
        }
        cleanClients++;
        // Every other clean client carries one hard negative; the rest are plainly clean.
        HardNegative negative = cleanClients % 2 == 1 ? negatives.get(nextNegative++ % negatives.size()) : null;
        return new ClientPlan(List.of(), negative);
    }

    private static <T> List<T> shuffled(List<T> values, SplittableRandom random) {
        List<T> list = new ArrayList<>(values);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
        return list;
    }
}
