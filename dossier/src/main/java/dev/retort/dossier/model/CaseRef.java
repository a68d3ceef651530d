package dev.retort.dossier.model;

/** Which case the dossier comes from. */
public record CaseRef(String id, String name, String createdAt, String createdBy) {
}
