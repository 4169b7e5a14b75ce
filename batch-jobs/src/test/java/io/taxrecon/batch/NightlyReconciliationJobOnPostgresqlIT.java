package io.taxrecon.batch;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end run with the staging store and the job repository on a real PostgreSQL server,
 * in a schema made for this run and dropped after it. The server is
 * {@code taxrecon.test.postgres-url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}); when it cannot be reached the test fails and says how to point it elsewhere.
 */
@ActiveProfiles("postgresql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // close its pool before the next database
class NightlyReconciliationJobOnPostgresqlIT extends NightlyReconciliationJobTest {

    static final Path WORK = TestFolders.create("nightly-job-postgresql");
    static final TestSchema SCHEMA = TestSchema.onTestServer();

    @DynamicPropertySource
    static void stagingDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SCHEMA::url);
        registry.add("spring.datasource.username", SCHEMA::user);
        registry.add("spring.datasource.password", SCHEMA::password);
    }

    @AfterAll
    void dropTheSchema() {
        SCHEMA.drop();
    }

    @Override
    Path workFolder() {
        return WORK;
    }
}
