package dev.retort.dossier.model;

/** An analyst's note as exported. */
public record NoteRow(String targetKind, String target, String body, String author, String createdAt) {
}
