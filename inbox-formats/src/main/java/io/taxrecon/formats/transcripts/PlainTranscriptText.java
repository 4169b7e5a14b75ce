package io.taxrecon.formats.transcripts;

import io.taxrecon.core.transcriptfiles.TranscriptLine;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A transcript saved as text (the Transcript Delivery System's text output): UTF-8, or
 * Windows-1252 when it is not valid UTF-8; a form feed starts a new page.
 */
final class PlainTranscriptText {

    private PlainTranscriptText() {
    }

    static List<TranscriptLine> read(Path file, String displayName) {
        try {
            return TranscriptLine.linesOf(decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UnreadableInputException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
