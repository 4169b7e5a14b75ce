package io.taxrecon.batch.staging;

import java.util.Arrays;
import java.util.List;

/**
 * Which clients a query reads: a range of ids (both ends included, in the database's order), or a
 * list of them. A night that carried most clients reads the few left as a list: one query per
 * table for a batch of scattered clients, where a range each would cost a query per table per
 * client.
 *
 * @param listed the ids, in order; null for a range
 */
public record ClientIds(String first, String last, List<String> listed) {

    /** The clients whose ids lie between the two, both included. */
    public static ClientIds between(String first, String last) {
        return new ClientIds(first, last, null);
    }

    /** These clients, given in id order. */
    public static ClientIds listed(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no client ids");
        }
        return new ClientIds(ids.get(0), ids.get(ids.size() - 1), List.copyOf(ids));
    }

    /** The SQL condition on a client id column; its parameters are {@link #args()}. */
    public String condition(String column) {
        // one array parameter: the database checks a row against the array once converted
        return listed == null ? column + " between ? and ?" : column + " = any(cast(? as varchar array))";
    }

    /** The parameters of {@link #condition}. */
    public Object[] args() {
        return listed == null ? new Object[] {first, last} : new Object[] {listed.toArray(String[]::new)};
    }

    /** A statement's parameters when the condition comes after others: those, then {@link #args()}. */
    public Object[] argsAfter(Object... before) {
        Object[] own = args();
        Object[] all = Arrays.copyOf(before, before.length + own.length);
        System.arraycopy(own, 0, all, before.length, own.length);
        return all;
    }
}
