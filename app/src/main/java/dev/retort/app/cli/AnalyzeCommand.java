package dev.retort.app.cli;

import dev.retort.analysis.AnalysisConfig;
import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.Analyzer;
import dev.retort.analysis.CampaignResult;
import dev.retort.analysis.ResultsJson;
import dev.retort.store.CaseFile;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retort analyze --case C.retort [--json OUT] [--config CONFIG.json]}. */
@Command(name = "analyze", description = "Link accounts, find campaigns, score and explain; store the run in the case.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "the case file")
    Path casePath;

    @Option(names = "--json", paramLabel = "OUT", description = "also write the results as JSON to this file")
    Path json;

    @Option(names = "--config", paramLabel = "CONFIG", description = "analysis configuration JSON (default: built-in)")
    Path config;

    @Option(names = "--quiet", description = "no progress lines on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        AnalysisConfig cfg = config == null ? AnalysisConfig.defaults()
                : AnalysisConfig.fromJson(Files.readString(config));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CaseFile c = CaseFile.open(casePath)) {
            AnalysisResults r = new Analyzer(cfg).analyze(c, quiet ? Progress.NONE : new StderrProgress(err));
            if (json != null) {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream o = Files.newOutputStream(json)) {
                    ResultsJson.write(r, o);
                }
            }
            out.printf("run %d: %d accounts, %d exchanges analysed in %.1f s%n", r.run().id(), r.run().accounts(),
                    r.run().exchanges(), r.run().durationMs() / 1000.0);
            for (CampaignResult cr : r.campaigns()) {
                out.printf("%-11s %-10s score %.2f  %6d accounts  %9d exchanges  %s .. %s%n", cr.id(), cr.verdict(),
                        cr.score(), cr.accounts().size(), cr.exchanges(), cr.windowStart(), cr.windowEnd());
            }
            if (r.campaigns().isEmpty()) {
                out.println("no campaign found");
            }
            out.flush();
        }
        return 0;
    }

    /** Progress as occasional lines on stderr. */
    static final class StderrProgress implements Progress {
        private final PrintWriter err;
        private final long startedAt = System.currentTimeMillis();
        private String lastMessage = "";
        private long lastAt;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, String message) {
            long now = System.currentTimeMillis();
            if (!message.equals(lastMessage) || now - lastAt > 5_000) {
                String at = String.format("[%6.1f s] ", (now - startedAt) / 1000.0);
                err.println(at + (total > 0 && done >= 0 ? String.format("%s: %d/%d", message, done, total) : message));
                err.flush();
                lastMessage = message;
                lastAt = now;
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
