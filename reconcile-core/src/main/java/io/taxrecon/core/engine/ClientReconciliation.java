package io.taxrecon.core.engine;

import io.taxrecon.core.abatement.UnconfirmedAbatement;
import io.taxrecon.core.accruals.ClientAccruals;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.payments.PaymentOutcome;
import io.taxrecon.core.statutes.YearStatute;
import io.taxrecon.core.values.Tin;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer for one client: the findings, and the reconciliation behind them
 * (payment by payment, category by category, notice by notice, penalties and interest and the
 * collection statute of each TIN-year, the First-Time Abatement years the records cannot confirm)
 * that a reviewer's workbook shows. Lists are in a stable order that does not depend on the order
 * of the input rows.
 */
public record ClientReconciliation(
        ClientRecords records,
        List<Finding> findings,
        List<PaymentOutcome> payments,
        List<CategoryComparison> income,
        List<NoticeAssessment> notices,
        List<YearStatute> statutes,
        List<UnconfirmedAbatement> unconfirmedAbatements,
        ClientAccruals accruals) {

    public ClientReconciliation {
        findings = List.copyOf(findings);
        payments = List.copyOf(payments);
        income = List.copyOf(income);
        notices = List.copyOf(notices);
        statutes = List.copyOf(statutes);
        unconfirmedAbatements = List.copyOf(unconfirmedAbatements);
        accruals = accruals == null ? ClientAccruals.none() : accruals;
    }

    /** A reconciliation without statute, abatement or accrual results, as reports' fixtures build one. */
    public ClientReconciliation(ClientRecords records, List<Finding> findings, List<PaymentOutcome> payments,
                                List<CategoryComparison> income, List<NoticeAssessment> notices) {
        this(records, findings, payments, income, notices, List.of(), List.of(), ClientAccruals.none());
    }

    /** The latest collection statute date of a TIN-year's assessments (penalties.csv's csed); empty when it has none. */
    public Optional<LocalDate> latestCsed(Tin tin, int taxYear) {
        return statutes.stream().filter(y -> y.tin().equals(tin) && y.taxYear() == taxYear).findFirst()
                .flatMap(YearStatute::latestCsed);
    }
}
