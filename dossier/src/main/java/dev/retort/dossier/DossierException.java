package dev.retort.dossier;

/** Assembling, exporting or verifying a dossier failed; the message says what and where. */
public class DossierException extends RuntimeException {
    public DossierException(String message) {
        super(message);
    }

    public DossierException(String message, Throwable cause) {
        super(message + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : ""), cause);
    }
}
