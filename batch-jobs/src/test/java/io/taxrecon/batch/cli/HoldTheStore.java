package io.taxrecon.batch.cli;

import io.taxrecon.batch.storekey.EncryptedH2Store;
import io.taxrecon.batch.storekey.StagingKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/** A process that holds an H2 staging store open, as a nightly run's process does, until it is killed. */
public final class HoldTheStore {

    private HoldTheStore() {
    }

    public static void main(String[] args) throws Exception {
        EncryptedH2Store store = new EncryptedH2Store(Path.of(args[0]), StagingKey.ofFirm(null, System.getenv()));
        try (Connection connection = DriverManager.getConnection(store.url(), "sa", store.password())) {
            System.out.println("holding " + connection.getMetaData().getURL());
            Thread.sleep(120_000);
        }
    }
}
