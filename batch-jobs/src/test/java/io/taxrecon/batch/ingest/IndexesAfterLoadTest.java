package io.taxrecon.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The staged tables' indexes set aside for a first load: each table's built once its last file is in, the rest after. */
class IndexesAfterLoadTest {

    private JdbcTemplate jdbc;
    private JobExecution night;
    private StepExecution load;

    @BeforeEach
    void anEmptyStore() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        night = MetaDataInstanceFactory.createJobExecution();
        load = MetaDataInstanceFactory.createStepExecution(night, "ingestFiles", 1L);
    }

    @Test
    void aTableIsIndexedOnceTheLastFileThatFillsItIsLoadedAndTheOthersAfterTheLoad() {
        IndexesAfterLoad indexes = new IndexesAfterLoad(jdbc, true);
        StepExecution returns = partition("file001", "INFORMATION_RETURNS", BatchStatus.COMPLETED);
        StepExecution paymentsDone = partition("file002", "PAYMENTS", BatchStatus.COMPLETED);
        partition("file003", "PAYMENTS", BatchStatus.STARTED);
        indexes.beforeStep(load);
        assertThat(indexesOf("information_return")).isEmpty();
        assertThat(indexesOf("payment")).isEmpty();

        indexes.fileLoaded().afterStep(returns);
        indexes.fileLoaded().afterStep(paymentsDone); // another payments file is still loading
        indexes.afterStep(load);

        assertThat(indexes.builtBesideTheLoad()).isEqualTo(1); // information_return's only
        assertThat(indexesOf("information_return")).containsExactly("INFORMATION_RETURN_BY_CLIENT");
        assertThat(indexesOf("payment")).containsExactly("PAYMENT_BY_CLIENT");
        assertThat(indexesOf("irs_transaction")).containsExactlyInAnyOrder("IRS_TRANSACTION_BY_CLIENT",
                "IRS_TRANSACTION_BY_TIN");
    }

    @Test
    void aFileThatFailedLeavesItsTableToBeIndexedAfterTheLoad() {
        IndexesAfterLoad indexes = new IndexesAfterLoad(jdbc, true);
        StepExecution failed = partition("file001", "NOTICES", BatchStatus.FAILED);
        indexes.beforeStep(load);

        indexes.fileLoaded().afterStep(failed);
        assertThat(indexesOf("notice")).isEmpty();
        indexes.afterStep(load);

        assertThat(indexes.builtBesideTheLoad()).isZero();
        assertThat(indexesOf("notice")).containsExactly("NOTICE_BY_CLIENT");
    }

    @Test
    void unlessAskedTheIndexesStayThroughTheLoad() {
        IndexesAfterLoad indexes = new IndexesAfterLoad(jdbc, false);
        StepExecution returns = partition("file001", "INFORMATION_RETURNS", BatchStatus.COMPLETED);
        indexes.beforeStep(load);
        assertThat(indexesOf("information_return")).containsExactly("INFORMATION_RETURN_BY_CLIENT");

        indexes.fileLoaded().afterStep(returns);
        indexes.afterStep(load);

        assertThat(indexes.builtBesideTheLoad()).isZero();
    }

    private StepExecution partition(String file, String kind, BatchStatus status) {
        StepExecution partition = MetaDataInstanceFactory.createStepExecution(night, "ingestFile:" + file,
                (long) night.getStepExecutions().size() + 10);
        partition.getExecutionContext().putString(NewInboxFiles.KIND, kind);
        partition.setStatus(status);
        partition.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.EXECUTING);
        if (!night.getStepExecutions().contains(partition)) {
            night.addStepExecution(partition);
        }
        return partition;
    }

    private List<String> indexesOf(String table) {
        return jdbc.queryForList("select index_name from information_schema.indexes where table_name = ? "
                + "and index_type_name = 'INDEX' order by index_name", String.class, table.toUpperCase());
    }
}
