package io.taxrecon.batch.retention;

import io.taxrecon.batch.outputs.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder as retention sees it: a folder per night named by its run date, and the
 * copies of unreadable worklists named by the run date that set them aside. Nothing else in it
 * (the worklist, the log, the staging store) belongs to one night.
 */
public record OutputFolder(Path path) {

    private static final Pattern SET_ASIDE = Pattern.compile("worklist\\.unreadable-(\\d{4}-\\d{2}-\\d{2})(-\\d+)?\\.xlsx");

    /** The nights' folders, in date order. */
    public List<RunFolder> nights() throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> date(p.getFileName().toString()).isPresent())
                    .sorted()
                    .map(RunFolder::new)
                    .toList();
        }
    }

    /** The night a run folder is of. */
    public static LocalDate nightOf(RunFolder folder) {
        return date(folder.path().getFileName().toString()).orElseThrow();
    }

    /** The unreadable worklists set aside on a night before {@code before}. */
    public List<Path> setAsideBefore(LocalDate before) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(p -> {
                Matcher m = SET_ASIDE.matcher(p.getFileName().toString());
                return m.matches() && date(m.group(1)).map(d -> d.isBefore(before)).orElse(false);
            }).sorted().toList();
        }
    }

    /** The unreadable worklists set aside on any night. */
    public List<Path> setAside() throws IOException {
        return setAsideBefore(LocalDate.MAX);
    }

    private static Optional<LocalDate> date(String name) {
        try {
            return Optional.of(LocalDate.parse(name));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
