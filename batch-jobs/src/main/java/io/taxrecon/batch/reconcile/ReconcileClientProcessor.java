package io.taxrecon.batch.reconcile;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.engine.ReconciliationEngine;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** One client's records in, that client's reconciliation out: the engine does the thinking. */
public final class ReconcileClientProcessor implements ItemProcessor<ClientRecords, ClientReconciliation> {

    private final ReconciliationEngine engine;

    public ReconcileClientProcessor(ReconciliationEngine engine) {
        this.engine = engine;
    }

    @Override
    public ClientReconciliation process(ClientRecords records) {
        return engine.reconcile(records);
    }
}
