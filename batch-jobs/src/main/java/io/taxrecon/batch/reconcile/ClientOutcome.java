package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ClientNightStore.ClientNight;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import java.time.LocalDate;

/**
 * One client's night as the reconcile step decided it: reconciled by the engine tonight, or carried
 * forward from an earlier night because nothing it depends on has changed since.
 *
 * @param inputsHash the digest of its inputs tonight ({@link ClientInputsDigest})
 * @param reconciliation tonight's answer; null when carried
 * @param nextChange the next date its answer can change; null when no date can
 * @param carriedFrom what the previous night knew of it, when carried; null when reconciled
 */
public record ClientOutcome(ClientRecords records, String inputsHash, ClientReconciliation reconciliation,
        LocalDate nextChange, ClientNight carriedFrom) {

    static ClientOutcome reconciled(ClientRecords records, String inputsHash, ClientReconciliation reconciliation,
            LocalDate nextChange) {
        return new ClientOutcome(records, inputsHash, reconciliation, nextChange, null);
    }

    static ClientOutcome carried(ClientRecords records, String inputsHash, ClientNight previous) {
        return new ClientOutcome(records, inputsHash, null, previous.nextChange(), previous);
    }

    public boolean carried() {
        return reconciliation == null;
    }

    public String clientId() {
        return records.client().clientId();
    }
}
