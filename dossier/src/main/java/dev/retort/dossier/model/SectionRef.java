package dev.retort.dossier.model;

/**
 * One section in dossier order. {@code kind} is a {@code SectionKind} key; {@code target} names the campaign (or
 * account) a targeted section is about, else null.
 */
public record SectionRef(String kind, String title, String targetKind, String target) {
}
