package io.taxrecon.batch.staging;

import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tables of the staging store: one per kind of input, the account headers of transcript
 * files, and the rejected rows. The one list
 * the writer, the reader, the ledger and the index rebuild go through.
 */
public final class StagedTables {

    public static final ClientTable CLIENTS = new ClientTable();
    public static final NoticeTable NOTICES = new NoticeTable();
    public static final TranscriptTransactionTable IRS_TRANSACTIONS = new TranscriptTransactionTable();
    public static final InformationReturnTable INFORMATION_RETURNS = new InformationReturnTable();
    public static final ReturnLineTable RETURN_LINES = new ReturnLineTable();
    public static final PaymentTable PAYMENTS = new PaymentTable();
    /** The account headers of transcript files: staged beside their file's irs_transactions rows. */
    public static final AccountHeaderTable ACCOUNT_HEADERS = new AccountHeaderTable();
    public static final RejectedRowTable REJECTED_ROWS = new RejectedRowTable();

    private static final Map<InputKind, StagedTable<?>> BY_KIND = new EnumMap<>(Map.of(
            InputKind.CLIENTS, CLIENTS,
            InputKind.NOTICES, NOTICES,
            InputKind.IRS_TRANSACTIONS, IRS_TRANSACTIONS,
            InputKind.INFORMATION_RETURNS, INFORMATION_RETURNS,
            InputKind.RETURN_LINES, RETURN_LINES,
            InputKind.PAYMENTS, PAYMENTS));

    private static final Map<Class<?>, StagedTable<?>> BY_TYPE = new LinkedHashMap<>();

    static {
        for (StagedTable<?> table : all()) {
            BY_TYPE.put(table.type(), table);
        }
    }

    private StagedTables() {
    }

    /** The table that holds the records of a kind of input. */
    public static StagedTable<?> of(InputKind kind) {
        StagedTable<?> table = BY_KIND.get(kind);
        if (table == null) {
            throw new IllegalArgumentException("no staging table for " + kind);
        }
        return table;
    }

    /** Every table, the input kinds' in their order, then the account headers and the rejected rows. */
    public static List<StagedTable<?>> all() {
        Collection<StagedTable<?>> inputs = BY_KIND.values();
        return Stream.concat(inputs.stream(), Stream.of(ACCOUNT_HEADERS, REJECTED_ROWS)).toList();
    }

    /** The table a normalised row is staged in: its record's kind, or the rejected rows. */
    public static StagedTable<?> holding(NormalisedRow row) {
        Object record = record(row);
        StagedTable<?> table = BY_TYPE.get(record.getClass());
        if (table == null) {
            throw new IllegalArgumentException("not a staged record: " + record.getClass().getName());
        }
        return table;
    }

    /** What a normalised row stages: its domain record, or its rejection. */
    public static Object record(NormalisedRow row) {
        if (row instanceof NormalisedRow.Loaded loaded) {
            return loaded.record();
        }
        return ((NormalisedRow.Rejected) row).rejection();
    }
}
