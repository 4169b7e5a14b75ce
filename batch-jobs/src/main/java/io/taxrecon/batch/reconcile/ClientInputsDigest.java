package io.taxrecon.batch.reconcile;

import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.values.Tin;
import io.taxrecon.core.worklist.ReviewEntry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of everything a client's answer and workbook are made from besides the catalogs and
 * settings: every staged row of the client as assembled (each with its file and line, which the
 * evidence shows), the count of its rejected rows, and the reviewer's latest entries on its
 * findings. Rows are written out component by component (TINs whole: their printed form is masked)
 * and sorted, so the digest does not depend on the order the store returns them in. The marks
 * between values are ASCII control characters: a mark outside Latin-1 would make Java widen every
 * line it is in to two bytes a character.
 */
public final class ClientInputsDigest {

    /** Each record type's accessors, looked up once: asking a class for its components builds them anew each time. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private ClientInputsDigest() {
    }

    public static String of(ClientRecords records, List<ReviewEntry> entries) {
        MessageDigest sha = sha256();
        update(sha, "client", List.of(records.client()));
        update(sha, "notices", records.notices());
        update(sha, "transactions", records.transactions());
        update(sha, "informationReturns", records.informationReturns());
        update(sha, "returnLines", records.returnLines());
        update(sha, "payments", records.payments());
        update(sha, "rejected", List.of(records.rejectedRows()));
        // what the reviewer wrote, not the night it was read back
        update(sha, "entries", entries.stream().map(e -> List.of(e.key().text(), String.valueOf(e.status()),
                String.valueOf(e.assignedTo()), String.valueOf(e.followUp()), String.valueOf(e.note()))).toList());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String part, Collection<?> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        // one builder for all rows, sized for a typical row: no regrowing it row after row
        StringBuilder row = new StringBuilder(512);
        for (Object value : rows) {
            row.setLength(0);
            append(row, value);
            lines.add(row.toString());
        }
        lines.sort(null);
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        for (String line : lines) {
            sha.update((byte) '\n');
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) 0);
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('\u0000');
        } else if (value instanceof Tin tin) {
            out.append(tin.digits());
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                append(out, read(accessor, record));
                out.append('\u001f');
            }
            out.append(')');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            for (Object item : items) {
                append(out, item);
                out.append('\u001f');
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of a "
                    + record.getClass().getSimpleName(), e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
