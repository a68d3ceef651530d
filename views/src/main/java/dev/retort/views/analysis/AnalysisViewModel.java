package dev.retort.views.analysis;

import dev.retort.analysis.AnalysisResults;
import dev.retort.analysis.Analyzer;
import dev.retort.store.task.CancelledException;
import dev.retort.views.common.CaseContext;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the detection on the open case from the window, with the status bar's progress and cancel, and says what the
 * latest run found. Every view reloads after a run through the case's data revision.
 */
public final class AnalysisViewModel {

    private final CaseContext context;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public AnalysisViewModel(CaseContext context) {
        this.context = context;
        context.revisionProperty().addListener((obs, old, rev) -> refreshSummary());
        context.openCaseProperty().addListener((obs, old, c) -> refreshSummary());
        refreshSummary();
    }

    /** Analyses the whole case with the default configuration and stores the run in it. */
    public void run() {
        if (running.get() || context.openCaseProperty().get() == null) {
            return;
        }
        running.set(true);
        context.write("Analysing the case", (c, progress) -> new Analyzer().analyze(c, progress),
                results -> {
                    running.set(false);
                    summary.set(describe(Optional.of(results)));
                },
                error -> {
                    running.set(false);
                    if (error instanceof CancelledException) {
                        summary.set("Analysis cancelled; the previous results are unchanged.");
                    } else {
                        context.reportError(error);
                    }
                });
    }

    /** Asks the running analysis to stop; a cancelled run stores nothing. */
    public void cancel() {
        if (running.get()) {
            context.tasks().cancelRunning();
        }
    }

    private void refreshSummary() {
        if (running.get()) {
            return;
        }
        if (context.openCaseProperty().get() == null) {
            summary.set("");
            return;
        }
        context.read("Reading the latest analysis", AnalysisResults::latest, latest -> summary.set(describe(latest)));
    }

    static String describe(Optional<AnalysisResults> latest) {
        if (latest.isEmpty()) {
            return "Not analysed yet: import logs, then run the analysis.";
        }
        AnalysisResults r = latest.get();
        long campaigns = r.confirmedCampaigns().size();
        long suspicious = r.campaigns().size() - campaigns;
        long flagged = r.confirmedCampaigns().stream().mapToLong(c -> c.accounts().size()).sum();
        return String.format("Latest analysis (run %d, %s): %d campaign%s with %d accounts, %d suspicious cluster%s.",
                r.run().id(), r.run().finishedAt(), campaigns, campaigns == 1 ? "" : "s", flagged, suspicious,
                suspicious == 1 ? "" : "s");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
