package io.taxrecon.batch.remote;

/** Some client ranges sent to workers did not complete: the reconcile step fails, and a restart resumes them. */
public class RemotePartitionsIncompleteException extends RuntimeException {

    public RemotePartitionsIncompleteException(String message) {
        super(message);
    }
}
