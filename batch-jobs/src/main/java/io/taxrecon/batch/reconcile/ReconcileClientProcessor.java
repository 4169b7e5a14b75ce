package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.engine.ReconciliationEngine;
import java.time.LocalDate;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * One client's records in, that client's night out: the engine does the thinking, unless nothing
 * the client depends on has changed since the previous night ({@link CarryForward}), in which case
 * its conclusions are carried and the engine is not run.
 */
public final class ReconcileClientProcessor implements ItemProcessor<ClientRecords, ClientOutcome> {

    private final ReconciliationEngine engine;
    private final ReviewEntryStore entries;
    private final CarryForward carry;

    public ReconcileClientProcessor(ReconciliationEngine engine, ReviewEntryStore entries, CarryForward carry) {
        this.engine = engine;
        this.entries = entries;
        this.carry = carry;
    }

    @Override
    public ClientOutcome process(ClientRecords records) {
        String clientId = records.client().clientId();
        String inputs = ClientInputsDigest.of(records, entries.latestOfClients(clientId, clientId));
        var previous = carry.carriable(clientId, inputs);
        if (previous.isPresent()) {
            return ClientOutcome.carried(records, inputs, previous.get());
        }
        ClientReconciliation reconciliation = engine.reconcile(records);
        LocalDate next = engine.nextChange(reconciliation);
        return ClientOutcome.reconciled(records, inputs, reconciliation, LocalDate.MAX.equals(next) ? null : next);
    }
}
