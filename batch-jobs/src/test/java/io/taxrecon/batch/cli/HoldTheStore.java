package io.taxrecon.batch.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/** A process that holds an H2 staging store open, as a nightly run's process does, until it is killed. */
public final class HoldTheStore {

    private HoldTheStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", args[1])) {
            System.out.println("holding " + connection.getMetaData().getURL());
            Thread.sleep(120_000);
        }
    }
}
