package io.taxrecon.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL schema of its own for one test class, created on the test server and dropped
 * after: tests running at the same time, or a run that died before cleaning up, never share
 * tables. The server comes from system properties {@code taxrecon.test.postgres-url},
 * {@code -user} and {@code -password}.
 */
public final class TestSchema {

    public static final String URL_PROPERTY = "taxrecon.test.postgres-url";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    private TestSchema(String serverUrl, String user, String password, String name) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** Creates a uniquely named schema on the test server, or fails saying which server and how to change it. */
    public static TestSchema onTestServer() {
        String url = System.getProperty(URL_PROPERTY, DEFAULT_URL);
        String user = System.getProperty("taxrecon.test.postgres-user", "postgres");
        String password = System.getProperty("taxrecon.test.postgres-password", "");
        TestSchema schema = new TestSchema(url, user, password,
                "taxrecon_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        schema.execute("create schema " + schema.name);
        return schema;
    }

    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public void drop() {
        execute("drop schema if exists " + name + " cascade");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " (user " + user + "): " + e.getMessage()
                    + ". The PostgreSQL tests need a server: start one, or point them at yours with "
                    + "-D" + URL_PROPERTY + "=jdbc:postgresql://HOST:PORT/DB -Dtaxrecon.test.postgres-user=USER "
                    + "-Dtaxrecon.test.postgres-password=PASSWORD", e);
        }
    }
}
