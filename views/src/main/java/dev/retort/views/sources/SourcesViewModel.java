package dev.retort.views.sources;

import dev.retort.importers.FileResult;
import dev.retort.importers.ImportSummary;
import dev.retort.importers.mapping.ColumnMapping;
import dev.retort.store.task.Progress;
import dev.retort.views.common.CaseContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sources place: the files imported into the case (hash, size, counts, status), the quarantined lines of the
 * selected file, and importing more files with progress, rate, time left and cancel. Holds no nodes.
 */
public final class SourcesViewModel {

    private final CaseContext context;
    private final FileImporter importer;
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObservableList<QuarantineRow> quarantine = FXCollections.observableArrayList();
    private final ObjectProperty<SourceRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastImport = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public SourcesViewModel(CaseContext context, FileImporter importer) {
        this.context = context;
        this.importer = importer;
        context.openCaseProperty().addListener((o, old, now) -> reload());
        context.revisionProperty().addListener((o, old, now) -> reload());
        selected.addListener((o, old, row) -> loadQuarantine(row));
        reload();
    }

    public void reload() {
        if (context.caseFile() == null) {
            sources.clear();
            quarantine.clear();
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        context.read("Listing sources", SourcesQuery::sources, rows -> {
            sources.setAll(rows);
            selected.set(rows.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
        });
    }

    private void loadQuarantine(SourceRow row) {
        if (row == null) {
            quarantine.clear();
            return;
        }
        context.read("Reading quarantine of " + row.fileName(), c -> SourcesQuery.quarantine(c, row.id()), lines -> {
            if (selected.get() == row) {
                quarantine.setAll(lines);
            }
        });
    }

    /** Imports {@code files} in the background (mapping null: detect each file's format). */
    public void importFiles(List<Path> files, ColumnMapping mapping) {
        if (files.isEmpty() || context.caseFile() == null || importing.get()) {
            return;
        }
        cancelRequested.set(false);
        importing.set(true);
        progress.set(new ImportProgress(0, -1, 0, "Starting"));
        String title = files.size() == 1 ? "Importing " + files.get(0).getFileName() : "Importing " + files.size()
                + " files";
        List<Path> copy = List.copyOf(files);
        context.write(title, (c, task) -> importer.importFiles(c, copy, mapping, new ForwardingProgress(task)),
                this::finished, error -> {
                    importing.set(false);
                    progress.set(null);
                    lastImport.set("Import failed: " + error.getMessage());
                    context.reportError(error);
                });
    }

    /** Asks the running import to stop at its next check. */
    public void cancelImport() {
        cancelRequested.set(true);
    }

    private void finished(ImportSummary summary) {
        importing.set(false);
        progress.set(null);
        lastImport.set(describe(summary));
    }

    static String describe(ImportSummary s) {
        long files = s.files().stream().filter(f -> f.outcome() == FileResult.Outcome.IMPORTED
                || f.outcome() == FileResult.Outcome.RESUMED).count();
        String text = String.format(Locale.ROOT, "Imported %,d exchanges from %d file(s), %,d lines quarantined",
                s.imported(), files, s.quarantined());
        for (FileResult f : s.files()) {
            if (f.message() != null && f.outcome() != FileResult.Outcome.IMPORTED) {
                text += "; " + f.path().getFileName() + ": " + f.message();
            }
        }
        return s.cancelled() ? text + " (cancelled: importing the same files again resumes)" : text;
    }

    /**
     * The progress the import reports, forwarded to the status bar's task and, coalesced, to {@link #progressProperty()}
     * on the FX thread; cancelled when either the status bar's Cancel or this view's Cancel was pressed.
     */
    final class ForwardingProgress implements Progress {
        private final Progress task;
        private final long started = System.nanoTime();
        private final AtomicReference<ImportProgress> latest = new AtomicReference<>();

        ForwardingProgress(Progress task) {
            this.task = task;
        }

        @Override
        public void update(long done, long total, String message) {
            task.update(done, total, message);
            ImportProgress p = new ImportProgress(done, total, (System.nanoTime() - started) / 1_000_000, message);
            if (latest.getAndSet(p) == null) {
                Platform.runLater(() -> progress.set(latest.getAndSet(null)));
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelRequested.get() || task.isCancelled();
        }
    }

    public ObservableList<SourceRow> sources() {
        return sources;
    }

    public ObservableList<QuarantineRow> quarantine() {
        return quarantine;
    }

    public ObjectProperty<SourceRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public CaseContext context() {
        return context;
    }
}
