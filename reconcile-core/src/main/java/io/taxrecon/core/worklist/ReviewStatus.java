package io.taxrecon.core.worklist;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The reviewer's own status of a finding, as the worklist's Status drop-down offers it. */
public enum ReviewStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    RESPONDED("Responded"),
    WAITING_ON_IRS("Waiting on IRS"),
    DISMISSED("Dismissed");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** The text of the drop-down ("Waiting on IRS"). */
    public String label() {
        return label;
    }

    /**
     * The status a cell names, leniently: case, spaces, '_', '-' and punctuation do not matter,
     * so "in progress", "IN_PROGRESS" and "Waiting on the IRS" all read (a reviewer may paste text
     * past the drop-down, or edit the file in another program). Empty for blank or unknown text.
     */
    public static Optional<ReviewStatus> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String wanted = squash(cell).replace("onthe", "on");
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (ReviewStatus s : values()) {
            if (squash(s.label).equals(wanted) || squash(s.name()).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String squash(String text) {
        return NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
