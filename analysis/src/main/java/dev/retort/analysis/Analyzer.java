package dev.retort.analysis;

import dev.retort.store.Analyst;
import dev.retort.store.CaseFile;
import dev.retort.store.ToolVersion;
import dev.retort.store.task.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs the detection on a case: reads it (through a reader connection, so the app stays responsive), finds the
 * campaigns, and stores the run with its configuration. Reports progress and honours cancel; a cancelled run
 * leaves the case as it was.
 */
public final class Analyzer {
    private final AnalysisConfig config;

    public Analyzer(AnalysisConfig config) {
        this.config = config;
    }

    public Analyzer() {
        this(AnalysisConfig.defaults());
    }

    public AnalysisConfig config() {
        return config;
    }

    /** Analyses the case and saves the run in it; returns the stored results. */
    public AnalysisResults analyze(CaseFile caseFile, Progress progress) {
        Instant started = caseFile.clock().instant();
        CaseData data;
        try (Connection reader = caseFile.openReader(); Connection second = caseFile.openReader()) {
            data = new CaseLoader(reader, second, config, progress).load();
        } catch (SQLException e) {
            throw new dev.retort.store.StoreException("cannot close the analysis reader", e);
        }
        AnalysisResults results = run(data, started, caseFile.clock().instant(), progress);
        AnalysisResults saved = results.saveTo(caseFile.connection());
        caseFile.audit().record("analyze", "run " + saved.run().id(), Json.write(java.util.Map.of(
                "run", saved.run().id(), "campaigns", saved.confirmedCampaigns().size(),
                "configVersion", AnalysisConfig.VERSION)));
        return saved;
    }

    /** The detection on data already loaded; not saved. */
    AnalysisResults run(CaseData data, Instant started, Instant loaded, Progress progress) {
        Engine.Outcome o = new Engine(data, config, progress).run();
        Instant finished = Instant.now().isBefore(loaded) ? loaded : Instant.now();
        long millis = Duration.between(started, finished).toMillis();
        RunInfo run = new RunInfo(0, started, finished, Analyst.current(), ToolVersion.get(), AnalysisConfig.VERSION,
                config.toJson(), data.accounts().size(), data.exchanges(), Math.max(0, millis), "complete");
        return new AnalysisResults(run, o.campaigns(), o.accounts(), o.indicators(), o.links());
    }
}
