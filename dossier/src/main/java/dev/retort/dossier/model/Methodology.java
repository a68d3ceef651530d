package dev.retort.dossier.model;

import com.fasterxml.jackson.databind.JsonNode;

/** The analysis run the findings come from and every parameter it used ({@code parameters}, verbatim). */
public record Methodology(Long runId, String startedAt, String finishedAt, String analyst, String toolVersion,
                          String configVersion, JsonNode parameters) {
}
