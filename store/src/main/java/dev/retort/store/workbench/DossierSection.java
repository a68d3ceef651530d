package dev.retort.store.workbench;

import java.time.Instant;

/**
 * One section of the case's dossier, as stored. {@code target} is null for case-wide sections (summary, network, ...);
 * a campaign section targets its campaign, an exchanges section may target an account or carry exchange ids in
 * {@code paramsJson}.
 */
public record DossierSection(long id, int position, SectionKind kind, String title, Target target, String paramsJson,
                             Instant addedAt, String addedBy) {
}
