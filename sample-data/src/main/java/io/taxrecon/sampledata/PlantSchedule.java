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
 * the first 14 plants cover every type once. Dirty clients alternate between one and two plants;
 * those with one also carry a {@link PenaltyStory} that gives a finding, and clean clients without a
 * hard negative one that gives none (both in a fixed turn, so the first 5 and 6 cover every story).
 */
final class PlantSchedule {

    static final double DIRTY_SHARE = 0.36;
    /**
     * The types the planters plant one by one, in the order that fixes the seeded permutation: named
     * here, not taken from FindingType.values(), so that core's enum growing (issue 12 adds
     * FIRST_TIME_ABATEMENT and COLLECTION_STATUTE, planted as {@link PenaltyStory} instead) moves no client.
     */
    static final List<FindingType> PLANTED = List.of(FindingType.UNPOSTED_PAYMENT, FindingType.MISAPPLIED_PAYMENT_YEAR,
            FindingType.MISAPPLIED_PAYMENT_TIN, FindingType.PAYMENT_AMOUNT_MISMATCH, FindingType.DISHONORED_PAYMENT,
            FindingType.DUPLICATE_POSTING, FindingType.UNREPORTED_INCOME, FindingType.INCOME_AMOUNT_MISMATCH,
            FindingType.DUPLICATE_INFORMATION_RETURN, FindingType.WITHHOLDING_MISMATCH, FindingType.NOTICE_BALANCE_MISMATCH,
            FindingType.IDENTITY_MISMATCH, FindingType.UNKNOWN_NOTICE_CODE, FindingType.RESPONSE_DEADLINE);
    private static final double INVERSE_GOLDEN_RATIO = 0.6180339887498949;

    private final double offset;
    private final List<FindingType> cycle;
    private final List<HardNegative> negatives;
    private int nextPlant;
    private int nextNegative;
    private int dirtyClients;
    private int cleanClients;
    private int findingStories;
    private int negativeStories;

    PlantSchedule(long seed) {
        SplittableRandom random = RandomStreams.of(seed, -1, 0);
        this.offset = random.nextDouble();
        this.cycle = shuffled(PLANTED, random);
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
            // Dirty clients with one plant also carry a penalty story that gives a finding.
            PenaltyStory story = count == 1 ? PenaltyStory.FINDINGS.get(findingStories++ % PenaltyStory.FINDINGS.size()) : null;
            return new ClientPlan(plants, null, story);
        }
        cleanClients++;
        // Every other clean client carries one hard negative; the rest a penalty story that gives none.
        HardNegative negative = cleanClients % 2 == 1 ? negatives.get(nextNegative++ % negatives.size()) : null;
        PenaltyStory story = negative == null ? PenaltyStory.NEGATIVES.get(negativeStories++ % PenaltyStory.NEGATIVES.size()) : null;
        return new ClientPlan(List.of(), negative, story);
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
