package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one line a failure becomes when H2 refuses the staging key after the start-up check. */
class OneLineReasonTest {

    @Test
    void h2sEncryptionErrorDeepInAStartUpFailureIsTheWrongKeyLine() {
        SQLException h2 = new SQLException("Encryption error in file \"/x/staging/taxrecon.mv.db\" [90049-240]", "90049",
                90049);
        RuntimeException startUp = new IllegalStateException("Failed to initialize Flyway",
                new RuntimeException("Unable to obtain connection from database: Encryption error", h2));
        assertThat(OneLineReason.of(startUp)).isEqualTo("the staging key does not open the staging store (another key, "
                + "or a store that is not encrypted): nothing was changed");
    }

    @Test
    void anotherDatabaseErrorStaysTheGenericLine() {
        SQLException other = new SQLException("Table \"CLIENT\" not found; SQL statement: select 1", "42S02", 42102);
        assertThat(OneLineReason.of(new RuntimeException(other)))
                .isEqualTo("an unexpected error stopped the run (SQLException)");
    }
}
