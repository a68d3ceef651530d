package dev.retort.store.task;

/** Thrown by long work that stopped because {@link Progress#isCancelled()} turned true. */
public final class CancelledException extends RuntimeException {
    public CancelledException(String what) {
        super(what + " was cancelled");
    }
}
