package dev.retort.store;

/** A query or write against an open case failed; the message says which. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""), cause);
    }
}
