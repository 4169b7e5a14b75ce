package io.taxrecon.core.engine;

import io.taxrecon.core.accruals.ClientAccruals;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.income.CategoryComparison;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.payments.PaymentOutcome;
import java.util.List;

/**
 * The engine's answer for one client: the findings, and the reconciliation behind them
 * (payment by payment, category by category, notice by notice, penalties and interest per TIN-year)
 * that a reviewer's workbook shows.
 * Lists are in a stable order that does not depend on the order of the input rows.
 */
public record ClientReconciliation(
        ClientRecords records,
        List<Finding> findings,
        List<PaymentOutcome> payments,
        List<CategoryComparison> income,
        List<NoticeAssessment> notices,
        ClientAccruals accruals) {

    public ClientReconciliation {
        findings = List.copyOf(findings);
        payments = List.copyOf(payments);
        income = List.copyOf(income);
        notices = List.copyOf(notices);
        accruals = accruals == null ? ClientAccruals.none() : accruals;
    }

    /** A reconciliation without penalties and interest computed. */
    public ClientReconciliation(ClientRecords records, List<Finding> findings, List<PaymentOutcome> payments,
                                List<CategoryComparison> income, List<NoticeAssessment> notices) {
        this(records, findings, payments, income, notices, ClientAccruals.none());
    }
}
