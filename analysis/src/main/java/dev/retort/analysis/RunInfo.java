package dev.retort.analysis;

import java.time.Instant;

/**
 * One analysis run: when and by whom it ran and the exact configuration it used.
 *
 * @param id            the run's row id in the case (0 before it is saved)
 * @param configVersion the configuration schema version, e.g. {@code analysis-config/1}
 * @param configJson    every parameter the run used, as JSON (see {@link AnalysisConfig})
 * @param status        {@code complete}, {@code running} or {@code failed}
 */
public record RunInfo(long id, Instant startedAt, Instant finishedAt, String analyst, String toolVersion,
                      String configVersion, String configJson, long accounts, long exchanges, long durationMs,
                      String status) {
}
