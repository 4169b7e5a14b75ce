package io.taxrecon.batch.storekey;

/**
 * Why the staging store cannot be opened, in the one line a user is shown. Nothing has run when
 * it is raised: the command exits with 2 (fix the setup, then run again).
 */
public final class StagingStoreRefusal extends RuntimeException {

    StagingStoreRefusal(String line) {
        super(line, null, false, false);
    }
}
