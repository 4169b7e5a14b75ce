package io.taxrecon.batch.reconcile;

import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ReconciliationEngine;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** One client in, that client's reconciliation out: the engine does the thinking. */
public final class ReconcileClientProcessor implements ItemProcessor<String, ClientReconciliation> {

    private final ClientRecordsAssembler assembler;
    private final ReconciliationEngine engine;

    public ReconcileClientProcessor(ClientRecordsAssembler assembler, ReconciliationEngine engine) {
        this.assembler = assembler;
        this.engine = engine;
    }

    @Override
    public ClientReconciliation process(String clientId) {
        var records = assembler.assemble(clientId);
        return records == null ? null : engine.reconcile(records);
    }
}
