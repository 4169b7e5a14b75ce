package io.taxrecon.batch.retention;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a purge or a forget removed (or, on a dry run, would remove): rows per kind, files and
 * folders, and what was rewritten. It is what the command prints.
 */
public final class Removal {

    private final boolean dryRun;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final List<Path> deleted = new ArrayList<>();
    private final List<String> rewritten = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Removal(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Counts rows of a kind (a table, or the rows of a CSV); zero counts are not shown. */
    public void rows(String kind, long count) {
        if (count > 0) {
            rows.merge(kind, count, Long::sum);
        }
    }

    public void deleted(Path fileOrFolder) {
        deleted.add(fileOrFolder);
    }

    public void rewritten(String what) {
        rewritten.add(what);
    }

    public void note(String line) {
        notes.add(line);
    }

    /** Prints the removal, each line in the tense of what happened ("removed") or would ("would remove"). */
    public void print(PrintStream out) {
        String verb = dryRun ? "Would remove" : "Removed";
        if (rows.isEmpty() && deleted.isEmpty() && rewritten.isEmpty()) {
            out.println(dryRun ? "Nothing would be removed." : "Nothing was removed.");
        }
        if (!rows.isEmpty()) {
            out.println(verb + " rows:");
            rows.forEach((kind, count) -> out.printf("  %-40s %,10d%n", kind, count));
        }
        if (!deleted.isEmpty()) {
            out.println(verb + " files and folders:");
            deleted.forEach(p -> out.println("  " + p));
        }
        if (!rewritten.isEmpty()) {
            out.println((dryRun ? "Would rewrite" : "Rewrote") + " without them:");
            rewritten.forEach(w -> out.println("  " + w));
        }
        notes.forEach(out::println);
        if (dryRun) {
            out.println("Dry run: nothing was changed. Run again without --dry-run to remove it.");
        }
    }
}
