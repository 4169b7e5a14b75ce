package io.taxrecon.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.TestFolders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A PostgreSQL store on another machine only over verified TLS; the TLS settings travel in the URL. */
class PostgresqlTlsTest {

    @Test
    void aServerOnAnotherMachineWithoutVerifiedTlsIsRefused() {
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://db.example:5432/taxrecon")).isPresent();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://db.example/taxrecon?sslmode=require")).isPresent();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://10.0.0.5:5432/taxrecon?ssl=true&sslmode=prefer")).isPresent();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://127.0.0.1:5432,db2.example:5432/taxrecon")).isPresent();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://db.example/taxrecon?application_name=sslmode=verify-full"))
                .isPresent();
    }

    @Test
    void verifyFullOrAServerOnThisMachineIsAccepted() {
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://db.example:5432/taxrecon?sslmode=verify-full"
                + "&sslrootcert=/etc/taxrecon/db-ca.crt")).isEmpty();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://db.example/taxrecon?sslrootcert=/ca.crt&sslmode=VERIFY-FULL"))
                .isEmpty();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://127.0.0.1:5432/taxrecon")).isEmpty();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://localhost/taxrecon")).isEmpty();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql://[::1]:5432/taxrecon")).isEmpty();
        assertThat(PostgresqlTls.refusal("jdbc:postgresql:taxrecon")).isEmpty();
        assertThat(PostgresqlTls.refusal(null)).isEmpty();
    }

    @Test
    void theCommandRefusesAnUnverifiedRemoteServerInOneLineBeforeConnecting() {
        String out = TestFolders.create("tls-refused").toString();
        CommandLineRun run = CommandLineRun.of("--inbox", ReconcileCommandTest.SAMPLE_INBOX.toString(), "--out", out,
                "--db-url", "jdbc:postgresql://db.example:5432/taxrecon");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("reconcile: client data may reach a PostgreSQL server on another machine only "
                + "over TLS that checks the server's certificate: add ?sslmode=verify-full&sslrootcert=FILE (the CA's "
                + "certificate) to the JDBC URL (see the README, \"Protecting taxpayer data\")" + System.lineSeparator());
    }

    @Test
    void theTlsSettingsReachTheDriverUnchangedInTheUrl() throws Exception {
        String url = "jdbc:postgresql://db.example:5432/taxrecon?sslmode=verify-full&sslrootcert=/etc/ca.crt"
                + "&sslcert=/etc/client.crt&sslkey=/etc/client.pk8";
        Map<String, Object> properties = ReconcileCommand.database(url, "recon", null);
        assertThat(properties).containsEntry("spring.datasource.url", url).containsEntry("spring.profiles.active",
                "postgresql");
    }
}
