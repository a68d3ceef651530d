package dev.retort.app.cli;

import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.Evaluation;
import dev.retort.store.CaseFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retort evaluate --case C.retort --truth truth.json}: scores the latest run against generated truth. */
@Command(name = "evaluate",
        description = "Precision, recall and F1 per campaign and overall, false positives by population and window "
                + "error, of the case's latest analysis run against a generator's truth.json.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "the case file")
    Path casePath;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH", description = "the generator's truth.json")
    Path truth;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseFile c = CaseFile.open(casePath)) {
            AnalysisResults r = AnalysisResults.latest(c).orElseThrow(() ->
                    new IllegalStateException("the case has no analysis run yet; run 'retort analyze' first"));
            out.print(Evaluation.table(Evaluation.evaluate(r, truth)));
            out.flush();
        }
        return 0;
    }
}
