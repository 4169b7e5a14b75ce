package io.taxrecon.sampledata;

import static io.taxrecon.core.findings.FindingType.INCOME_AMOUNT_MISMATCH;
import static io.taxrecon.core.findings.FindingType.MISAPPLIED_PAYMENT_YEAR;
import static io.taxrecon.core.findings.FindingType.UNREPORTED_INCOME;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.sampledata.model.Person;
import java.util.ArrayList;
import java.util.List;

/** Plants who the client is (primary, spouse) and which tax years they have, with each plant's year. */
final class PeoplePlanter {

    private final ClientDraft d;

    PeoplePlanter(ClientDraft d) {
        this.d = d;
    }

    void people() {
        String last = NameBook.lastName(d.r);
        d.primary = new Person(NameBook.fullName(d.r, last), d.ssns.primary(d.index));
        boolean needsSpouse = d.plan.negative() == HardNegative.SPOUSE_W2_JOINT;
        if (needsSpouse || d.r.nextDouble() < 0.40) {
            String spouseLast = d.r.nextDouble() < 0.75 ? last : NameBook.lastName(d.r);
            d.spouse = new Person(NameBook.fullName(d.r, spouseLast), d.ssns.spouse(d.index));
        }
    }

    void chooseYears() {
        boolean both = d.plan.plants().contains(MISAPPLIED_PAYMENT_YEAR) || d.r.nextDouble() < 0.35;
        if (both) {
            d.years.add(new YearDraft(d.taxYears[0]));
            d.years.add(new YearDraft(d.taxYears[1]));
        } else {
            d.years.add(new YearDraft(d.taxYears[d.r.nextDouble() < 0.45 ? 0 : 1]));
        }
        for (YearDraft ys : d.years) {
            ys.lineNumbers = (ys.year == 2023 || ys.year == 2024) && d.r.nextDouble() < 0.3;
        }
        for (FindingType t : d.plan.plants()) {
            d.years.get(d.r.nextInt(d.years.size())).plants.add(t);
        }
        if (d.plan.negative() != null) {
            d.years.get(d.r.nextInt(d.years.size())).negative = d.plan.negative();
            d.negatives.add(d.plan.negative());
        }
        for (YearDraft ys : d.years) {
            if (ys.plants.contains(UNREPORTED_INCOME)) {
                IncomeKind[] kinds = {IncomeKind.INT, IncomeKind.INT, IncomeKind.NEC, IncomeKind.NEC, IncomeKind.K, IncomeKind.G, IncomeKind.R};
                ys.unreported = kinds[d.r.nextInt(kinds.length)];
            }
            if (ys.plants.contains(INCOME_AMOUNT_MISMATCH)) {
                List<IncomeKind> options = new ArrayList<>(List.of(IncomeKind.W2, IncomeKind.INT, IncomeKind.DIV, IncomeKind.NEC));
                if (ys.unreported == IncomeKind.INT) {
                    options.remove(IncomeKind.INT);
                }
                if (ys.unreported == IncomeKind.NEC || ys.unreported == IncomeKind.K) {
                    options.remove(IncomeKind.NEC);
                }
                ys.mismatch = options.get(d.r.nextInt(options.size()));
            }
        }
    }
}
