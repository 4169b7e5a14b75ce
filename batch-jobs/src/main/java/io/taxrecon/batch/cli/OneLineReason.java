package io.taxrecon.batch.cli;

import io.taxrecon.batch.ingest.UnreadableInputException;

/** The sentence a user is shown when a run fails: the cause that names the problem, never a stack trace. */
final class OneLineReason {

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
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                named = t;
            }
        }
        Throwable shown = named != null ? named : failure;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
