package dev.retort.views.common;

/** A view's background query failed; the message says which and why. */
public final class ViewDataException extends RuntimeException {
    public ViewDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
