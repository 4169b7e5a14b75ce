package io.taxrecon.sampledata;

import static io.taxrecon.sampledata.ClientDraft.ZERO;

import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One current tax year of the client while it is being built: its plants and the figures planters share. */
final class YearDraft {
    final int year;
    final List<FindingType> plants = new ArrayList<>();
    HardNegative negative;
    IncomeKind unreported;
    IncomeKind mismatch;
    final Map<Category, BigDecimal> irs = new EnumMap<>(Category.class);
    BigDecimal w2Withholding = ZERO;
    BigDecimal otherWithholding = ZERO;
    BigDecimal omittedInterest = ZERO;
    final Set<String> usedPayers = new HashSet<>();
    boolean lineNumbers;
    BigDecimal returnWithholding;
    BigDecimal irsWithholding;
    BigDecimal refundableCredit = ZERO;
    BigDecimal estimatedPaid = ZERO;
    long totalTax;
    LocalDate filed;
    boolean extended;

    YearDraft(int year) {
        this.year = year;
    }

    BigDecimal irs(Category c) {
        return irs.getOrDefault(c, ZERO);
    }

    BigDecimal withholding() {
        return irs(Category.FEDERAL_WITHHOLDING);
    }
}
