package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.batch.staging.ReviewEntryStore;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which clients a night must read because their inputs may differ from the previous night's, told
 * from the two inboxes' files and the reviewer's entries alone.
 */
class ChangedClientsTest {

    static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 23);
    static final LocalDate NIGHT_2 = NIGHT_1.plusDays(1);
    static final String CLIENTS = "c".repeat(64);
    static final String PAYMENTS_1 = "1".repeat(64);
    static final String PAYMENTS_2 = "2".repeat(64);

    JdbcTemplate jdbc;
    ChangedClients changed;
    long seq;

    @BeforeEach
    void twoNightsWhoseClientsFileIsTheSame() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        changed = new ChangedClients(jdbc, new ReviewEntryStore(jdbc));
        for (int i = 1; i <= 4; i++) {
            jdbc.update("insert into client (client_id, name, tin, file_sha, file_name, sheet, line) values (?,?,?,?,?,?,?)",
                    "C" + i, "Client " + i, "10000000" + i, CLIENTS, "clients.csv", "", i + 1);
        }
        input(NIGHT_1, 0, CLIENTS, "clients.csv", "clients");
        input(NIGHT_2, 0, CLIENTS, "clients.csv", "clients");
    }

    @Test
    void nobodyChangesWhenBothNightsHoldTheSameFilesAndNoEntryWasRead() {
        input(NIGHT_1, 1, PAYMENTS_1, "payments.csv", "payments");
        input(NIGHT_2, 1, PAYMENTS_1, "payments.csv", "payments");
        payment(PAYMENTS_1, "C1");

        assertThat(changed.between(NIGHT_1, NIGHT_2)).isEmpty();
    }

    @Test
    void aFileOnlyOneNightHoldsChangesTheClientsOfItsRowsAndOfItsRejectsOnBothSides() {
        input(NIGHT_1, 1, PAYMENTS_1, "payments.csv", "payments");
        input(NIGHT_2, 1, PAYMENTS_2, "payments.csv", "payments");
        payment(PAYMENTS_1, "C1");
        payment(PAYMENTS_2, "C2");
        jdbc.update("insert into rejected_row (file_sha, file_name, sheet, line, client_id, column_name, bad_value, reason) "
                + "values (?,?,?,?,?,?,?,?)", PAYMENTS_2, "payments.csv", "", 9, "C3", "amount", "x", "not an amount");

        assertThat(changed.between(NIGHT_1, NIGHT_2)).containsExactlyInAnyOrder("C1", "C2", "C3");
    }

    @Test
    void aReviewerEntryReadSinceThePreviousNightChangesItsClientOnly() {
        jdbc.update("insert into review_entry (finding_key, client_id, status, read_on) values (?,?,?,?)",
                "C4|2024|UNPOSTED_PAYMENT|P1", "C4", "DISMISSED", NIGHT_2);
        jdbc.update("insert into review_entry (finding_key, client_id, status, read_on) values (?,?,?,?)",
                "C2|2024|UNPOSTED_PAYMENT|P2", "C2", "DISMISSED", NIGHT_1);

        assertThat(changed.between(NIGHT_1, NIGHT_2)).containsExactly("C4");
    }

    private void input(LocalDate night, int position, String sha, String name, String kind) {
        if (jdbc.queryForObject("select count(*) from input_file where file_sha = ?", Integer.class, sha) == 0) {
            jdbc.update("insert into input_file (file_sha, file_name, kind, loaded_on, status, seq, lineage) "
                    + "values (?,?,?,?,?,?,?)", sha, name, kind, night, "LOADED", ++seq, sha);
        }
        jdbc.update("insert into run_input (run_date, position, file_sha, file_name, kind, newly_loaded) values (?,?,?,?,?,?)",
                night, position, sha, name, kind, false);
    }

    private void payment(String sha, String clientId) {
        jdbc.update("insert into payment (payment_id, client_id, tin, tax_year, payment_date, amount, file_sha, file_name, "
                + "sheet, line) values (?,?,?,?,?,?,?,?,?,?)", "P-" + clientId, clientId, "100000001", 2024,
                NIGHT_1.minusDays(30), "100.00", sha, "payments.csv", "", 2);
    }
}
