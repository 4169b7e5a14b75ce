package io.taxrecon.batch;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end run on the default staging store: an H2 file of its own. */
class NightlyReconciliationJobOnH2Test extends NightlyReconciliationJobTest {

    static final Path WORK = TestFolders.create("nightly-job-h2");

    @DynamicPropertySource
    static void stagingDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("staging").resolve("taxrecon"));
    }

    @Override
    Path workFolder() {
        return WORK;
    }
}
