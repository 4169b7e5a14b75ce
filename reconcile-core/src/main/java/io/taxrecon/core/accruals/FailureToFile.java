package io.taxrecon.core.accruals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The failure-to-file penalty (IRC 6651(a)(1), (c)(1)): 5% of the tax unpaid on the original due
 * date for each month or part of a month from the filing due date to the filed date, at most five,
 * each month less the FTP of the month running then; for a return filed more than 60 days late, at
 * least the lesser of the year's minimum and 100% of that unpaid tax.
 */
public final class FailureToFile {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final int MAX_MONTHS = 5;

    private final AccrualTables tables;

    public FailureToFile(AccrualTables tables) {
        this.tables = tables;
    }

    /** The penalty, given the FTP months computed on the same account. */
    public PenaltyResult compute(AccountTimeline account, PenaltyResult ftp) {
        LocalDate filingDue = account.filingDueDate();
        LocalDate filed = account.filed();
        BigDecimal base = account.unpaidTax(account.originalDueDate());
        if (filed == null || !filed.isAfter(filingDue) || base.signum() <= 0) {
            return PenaltyResult.none();
        }
        List<PenaltyMonth> months = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= MAX_MONTHS && filingDue.plusMonths(m - 1).isBefore(filed); m++) {
            LocalDate start = filingDue.plusMonths(m - 1);
            BigDecimal offset = ftpRunning(ftp, account.originalDueDate(), start);
            BigDecimal full = FailureToPay.percent(base, FIVE);
            BigDecimal charge = full.subtract(offset).max(BigDecimal.ZERO);
            total = total.add(charge);
            months.add(new PenaltyMonth(m, start, base, FIVE, full.subtract(charge), charge));
        }
        BigDecimal minimum = null;
        if (ChronoUnit.DAYS.between(filingDue, filed) > 60) {
            BigDecimal floor = tables.lateFilingMinimum(filingDue.getYear()).min(base);
            if (floor.compareTo(total) > 0) {
                minimum = floor;
                total = floor;
            }
        }
        return new PenaltyResult(total, months, minimum);
    }

    /** The FTP charge of the FTP month running on {@code start}: the latest FTP month starting on or before it. */
    private static BigDecimal ftpRunning(PenaltyResult ftp, LocalDate originalDue, LocalDate start) {
        int k = 0;
        while (!originalDue.plusMonths(k + 1).isAfter(start)) {
            k++;
        }
        int index = k;
        return ftp.months().stream().filter(month -> month.index() == index)
                .map(PenaltyMonth::charge).findFirst().orElse(BigDecimal.ZERO);
    }
}
