package io.taxrecon.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class StoreCeilingTest {

    @Test
    void insertsWholeBatchesOfTheStagedRowsOnEachThreadAndLeavesTheStoreAsItWas() throws Exception {
        DriverManagerDataSource store = new DriverManagerDataSource("jdbc:h2:mem:ceiling;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(store);
        jdbc.execute("create table information_return (document_id varchar(20) not null, amount numeric(15, 2))");
        jdbc.update("insert into information_return values ('W2-1', 10.00), ('W2-2', null)");

        StoreCeiling.Result result = StoreCeiling.measure(store, 5_500, 2);

        assertThat(result.rows()).isEqualTo(4_000); // two batches of 1,000 on each of two threads
        assertThat(result.seconds()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where lower(table_name) like 'bench_store_ceiling%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from information_return", Long.class)).isEqualTo(2);
    }

    @Test
    void aStoreWithoutStagedRowsHasNoCeilingToMeasure() throws Exception {
        DriverManagerDataSource store = new DriverManagerDataSource("jdbc:h2:mem:empty;DB_CLOSE_DELAY=-1");
        new JdbcTemplate(store).execute("create table information_return (document_id varchar(20))");

        assertThat(StoreCeiling.measure(store, 1_000_000, 2).rows()).isZero();
    }
}
