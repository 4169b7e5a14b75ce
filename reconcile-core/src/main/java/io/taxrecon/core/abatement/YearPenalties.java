package io.taxrecon.core.abatement;

import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCode.Charge;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The penalties of one TIN-year as the transcript leaves them: per charge, the assessed amounts
 * less the abated ones (magnitudes), with the lines behind them, and whether a return was filed.
 */
record YearPenalties(int taxYear, boolean filed, Map<Charge, BigDecimal> net, List<TranscriptTransaction> filings,
                     List<TranscriptTransaction> penaltyLines) {

    static YearPenalties of(int taxYear, List<TranscriptTransaction> lines, TransactionCodeCatalog codes) {
        Map<Charge, BigDecimal> net = new EnumMap<>(Charge.class);
        List<TranscriptTransaction> filings = new ArrayList<>();
        List<TranscriptTransaction> penalties = new ArrayList<>();
        for (TranscriptTransaction t : lines) {
            Optional<TransactionCode> code = codes.find(t.transactionCode());
            if (code.isEmpty()) {
                continue;
            }
            if ("150".equals(code.get().code())) {
                filings.add(t);
            }
            Charge charge = code.get().charge();
            if (charge == null || !charge.isPenalty()) {
                continue;
            }
            if (code.get().role() == TransactionCode.Role.ASSESSMENT) {
                net.merge(charge, t.magnitude(), BigDecimal::add);
                penalties.add(t);
            } else if (code.get().role() == TransactionCode.Role.ABATEMENT) {
                net.merge(charge, t.magnitude().negate(), BigDecimal::add);
                penalties.add(t);
            }
        }
        return new YearPenalties(taxYear, !filings.isEmpty(), net, filings, penalties);
    }

    /** The net amount of a charge: assessed less abated, zero when none posted. */
    BigDecimal netOf(Charge charge) {
        return net.getOrDefault(charge, BigDecimal.ZERO);
    }

    /** True when a penalty other than the estimated-tax penalty is assessed and not abated. */
    boolean hasBarringPenalty() {
        return net.entrySet().stream()
                .anyMatch(e -> e.getKey() != Charge.ESTIMATED_TAX && e.getValue().signum() > 0);
    }

    /** True when only the estimated-tax penalty stands: no bar to First-Time Abatement. */
    boolean onlyEstimatedTaxPenalty() {
        return netOf(Charge.ESTIMATED_TAX).signum() > 0 && !hasBarringPenalty();
    }

    /** A filed return and no penalty left unabated other than the estimated-tax penalty. */
    boolean clean() {
        return filed && !hasBarringPenalty();
    }
}
