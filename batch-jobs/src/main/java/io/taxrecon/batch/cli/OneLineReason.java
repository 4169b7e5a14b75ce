package io.taxrecon.batch.cli;

import io.taxrecon.formats.tabular.UnreadableInputException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** The sentence a user is shown when a run fails: the cause that names the problem, never a stack trace. */
final class OneLineReason {

    /** H2's "Encryption error": the file password does not decrypt the store's file. */
    private static final int H2_WRONG_FILE_PASSWORD = 90049;

    private OneLineReason() {
    }

    static boolean namesAnInputProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnreadableInputException) {
                return true;
            }
        }
        return false;
    }

    static String of(Throwable failure) {
        Throwable named = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnreadableInputException) {
                return t.getMessage();
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_WRONG_FILE_PASSWORD) {
                // checked before the start (EncryptedH2Store); this is the same refusal should H2 meet it later
                return "the staging key does not open the staging store (another key, or a store that is not "
                        + "encrypted): nothing was changed";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                named = t;
            }
        }
        Throwable shown = named != null ? named : failure;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        String line = message.lines().findFirst().orElse(message);
        if (line.contains("SQL") || line.contains("Statement") || line.matches(".*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*.*")) {
            // a database message or a class name means nothing to a user, and may quote a row's values
            return "an unexpected error stopped the run (" + shown.getClass().getSimpleName() + ")";
        }
        return TINS.matcher(line).replaceAll("*********");
    }

    /** A message quoting a value may quote a TIN: never on the console. */
    private static final Pattern TINS = Pattern.compile("(?<!\\d)\\d{3}-?\\d{2}-?\\d{4}(?!\\d)|(?<!\\d)\\d{2}-\\d{7}(?!\\d)");
}
