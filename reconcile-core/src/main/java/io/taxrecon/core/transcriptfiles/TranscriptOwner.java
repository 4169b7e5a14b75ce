package io.taxrecon.core.transcriptfiles;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.values.InvalidValueException;
import io.taxrecon.core.values.Tin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose a transcript is. The IRS masks TINs and names, so the client is the one its folder
 * ({@code transcripts/<client_id>/...}) or its file-name prefix ({@code <client_id>_...}) names,
 * and its TIN is the client's or the spouse's, chosen by the last four digits the transcript
 * prints. Nothing is guessed: a transcript that fits neither or both is refused with the reason.
 */
public final class TranscriptOwner {

    /** The folder of the inbox that holds transcripts, one sub-folder per client. */
    public static final String FOLDER = "transcripts";

    private TranscriptOwner() {
    }

    /** The client_id a transcript's path (relative to the inbox, '/'-separated) names, if any. */
    public static Optional<String> clientIdOf(String relativePath) {
        String[] parts = relativePath.replace('\\', '/').split("/");
        if (parts.length >= 3 && parts[0].equalsIgnoreCase(FOLDER) && !parts[1].isBlank()) {
            return Optional.of(parts[1].strip());
        }
        String name = parts[parts.length - 1];
        int underscore = name.indexOf('_');
        return underscore > 0 ? Optional.of(name.substring(0, underscore).strip()) : Optional.empty();
    }

    /**
     * The TIN a transcript printing {@code lastFour} belongs to.
     *
     * @throws InvalidValueException with the reason the file is refused
     */
    public static Tin tinOf(Client client, String lastFour) {
        if (lastFour == null) {
            throw new InvalidValueException("the transcript prints no masked TIN (XXX-XX-1234) to tell whose it is");
        }
        boolean own = client.tin().lastFour().equals(lastFour);
        boolean spouse = client.spouseTin() != null && client.spouseTin().lastFour().equals(lastFour);
        if (own && spouse) {
            throw new InvalidValueException("the TIN ending " + lastFour + " fits both client " + client.clientId()
                    + " and the spouse: whose transcript it is cannot be told");
        }
        if (!own && !spouse) {
            throw new InvalidValueException("the TIN ending " + lastFour + " is neither client " + client.clientId()
                    + "'s nor the spouse's");
        }
        return own ? client.tin() : client.spouseTin();
    }

    /**
     * Why a transcript is in the wrong place: its name or folder says one kind of input (e.g.
     * {@code C001_irs_transactions_2024.pdf}, or {@code ACTR} for an account transcript) and its
     * content is another product. Empty when the place fits or says nothing.
     */
    public static Optional<String> misplaced(String relativePath, TranscriptProduct product) {
        List<InputKind> said = new ArrayList<>();
        for (String part : relativePath.replace('\\', '/').split("/")) {
            InputKind.fromFileName(part).ifPresent(said::add);
            if (part.toUpperCase(Locale.ROOT).matches("(?:.*[^A-Z])?ACTR(?:[^A-Z].*)?")) {
                said.add(InputKind.IRS_TRANSACTIONS);
            }
        }
        return said.stream().filter(kind -> kind != product.kind()).findFirst().map(kind -> "a "
                + product.title() + " where " + kind.fileStem() + " belong (its name or folder says "
                + kind.fileStem() + "): move or rename it");
    }
}
