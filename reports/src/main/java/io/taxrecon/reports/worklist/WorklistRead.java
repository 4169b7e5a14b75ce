package io.taxrecon.reports.worklist;

import io.taxrecon.core.worklist.ReviewEntry;
import java.util.List;
import java.util.Objects;

/**
 * What reading the reviewer's worklist gave: its entries, no worklist yet (the first night), or
 * a file that could not be read, with a one-line reason for the console and run-summary.json.
 * On {@link Unreadable} the stored entries stand: nothing read may replace them.
 */
public sealed interface WorklistRead {

    /** The entries read, one per key; the warnings say what was read oddly (one line each, no full TIN). */
    record Entries(List<ReviewEntry> entries, List<String> warnings) implements WorklistRead {
        public Entries {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }

        /** The entries in which the reviewer wrote something (the console's "entries read"). */
        public int withWords() {
            return (int) entries.stream().filter(e -> !e.isBlank()).count();
        }
    }

    /** There is no worklist at the path: nothing to read, nothing lost. */
    record Missing() implements WorklistRead {
    }

    /** The worklist is there but could not be read; {@code reason} is one line and never holds a full TIN. */
    record Unreadable(String reason) implements WorklistRead {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
