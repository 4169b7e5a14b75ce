package io.taxrecon.batch.staging;

import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;

/**
 * One table of the staging store: the one place that knows its name and columns, how a record is
 * bound into a row (for the ingest step's writer) and how a row maps back into the record (for
 * the reconcile step's reader). Every staged row ends with where it came from: the file's
 * content hash, its name, the sheet and the line, then the hash of the raw record it was read
 * from (its identity, with the line, when the file is re-exported; see {@link RunScope}).
 *
 * @param <T> the domain record the table holds
 */
public abstract class StagedTable<T> implements RowMapper<T> {

    private final String name;
    private final Class<T> type;
    private final String lineColumn;
    private final List<String> columns;
    private final String insert;
    private final int clientColumn;

    /**
     * @param lineColumn the column of the row's line in its file ({@code line}, unless the record
     *                   has a column of that name of its own)
     * @param columns the record's own columns, in the order {@link #values} gives them
     */
    protected StagedTable(String name, Class<T> type, String lineColumn, String... columns) {
        this.name = name;
        this.type = type;
        this.lineColumn = lineColumn;
        List<String> all = new ArrayList<>(List.of(columns));
        all.addAll(List.of("file_sha", "file_name", "sheet", lineColumn, "row_hash"));
        this.columns = List.copyOf(all);
        this.clientColumn = all.indexOf("client_id");
        this.insert = "insert into " + name + " (" + String.join(", ", all) + ") values ("
                + all.stream().map(c -> "?").collect(Collectors.joining(",")) + ")";
    }

    public final String name() {
        return name;
    }

    public final Class<T> type() {
        return type;
    }

    /** The column holding a row's line in its file. */
    public final String lineColumn() {
        return lineColumn;
    }

    public final String insertSql() {
        return insert;
    }

    /** Every column a staged row fills, in the order of {@link #bind}'s values. */
    public final List<String> columns() {
        return columns;
    }

    /** The values of {@link #insertSql()} for a record of a file, without a raw record's hash. */
    public final Object[] bind(T record, String fileSha) {
        return bind(record, fileSha, null);
    }

    /** The values of {@link #insertSql()} for a record of a file: its own columns, then its source. */
    public final Object[] bind(T record, String fileSha, Long rowHash) {
        Object[] own = values(record);
        SourceRef source = source(record);
        Object[] row = new Object[own.length + 5];
        System.arraycopy(own, 0, row, 0, own.length);
        row[own.length] = fileSha;
        row[own.length + 1] = source.file();
        row[own.length + 2] = source.sheet();
        row[own.length + 3] = source.line();
        row[own.length + 4] = rowHash;
        return row;
    }

    /** The client id of a row as {@link #bind} gave it; null when the row has none. */
    public final String clientIdOf(Object[] bound) {
        return clientColumn < 0 ? null : (String) bound[clientColumn];
    }

    /** The line of a row in its file, as {@link #bind} gave it. */
    public final long lineOf(Object[] bound) {
        return (Long) bound[bound.length - 2];
    }

    /** {@link #bind} for a record known only as an object: it must be of {@link #type()}. */
    public final Object[] bindRecord(Object record, String fileSha, Long rowHash) {
        return bind(type.cast(record), fileSha, rowHash);
    }

    /** The rows of some clients (parameters: {@link ClientIds#args()}) that a run takes part in. */
    public final String rowsOfClients(RunScope scope, ClientIds clients) {
        return "select * from " + name + " where " + clients.condition("client_id") + " and " + scope.rows();
    }

    /** The record's own column values, in the order of the constructor's columns. */
    protected abstract Object[] values(T record);

    protected abstract SourceRef source(T record);

    /** Where a staged row came from. */
    protected final SourceRef source(ResultSet rs) throws SQLException {
        return new SourceRef(rs.getString("file_name"), rs.getString("sheet"), rs.getLong(lineColumn));
    }

    protected static Tin tin(ResultSet rs, String column) throws SQLException {
        String digits = rs.getString(column);
        return digits == null ? null : Tin.of(digits);
    }

    protected static String digits(Tin tin) {
        return tin == null ? null : tin.digits();
    }

    protected static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    @Override
    public String toString() {
        return name;
    }
}
