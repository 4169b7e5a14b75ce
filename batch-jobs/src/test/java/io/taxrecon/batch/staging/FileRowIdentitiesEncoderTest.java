package io.taxrecon.batch.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact form of a client's row identities: what is encoded decodes unchanged, in order. */
class FileRowIdentitiesEncoderTest {

    @Test
    void linesInAnyOrderHashesOfEverySignAndTheRejectedFlagDecodeAsEncoded() {
        long[][] rows = {{2, 0, 0}, {3, -1, 1}, {1_000_000, Long.MIN_VALUE, 0}, {4, Long.MAX_VALUE, 1},
                {4, 42, 0}, {17_179_869_184L, -987_654_321_123L, 0}};
        FileRowIdentities.Encoder encoder = new FileRowIdentities.Encoder();
        for (long[] row : rows) {
            encoder.add(row[0], row[1], row[2] == 1);
        }
        List<String> decoded = new ArrayList<>();
        FileRowIdentities.Encoder.decode(encoder.bytes(), "C9",
                (line, hash, rejected, client) -> decoded.add(line + "/" + hash + "/" + rejected + "/" + client));

        assertThat(decoded).containsExactly("2/0/false/C9", "3/-1/true/C9", "1000000/" + Long.MIN_VALUE + "/false/C9",
                "4/" + Long.MAX_VALUE + "/true/C9", "4/42/false/C9", "17179869184/-987654321123/false/C9");
    }

    @Test
    void rowsInFileOrderTakeNineBytesEach() {
        FileRowIdentities.Encoder encoder = new FileRowIdentities.Encoder();
        for (long line = 2; line < 1002; line++) {
            encoder.add(line, line * 31, false);
        }
        assertThat(encoder.bytes()).hasSize(9 * 1000);
    }
}
