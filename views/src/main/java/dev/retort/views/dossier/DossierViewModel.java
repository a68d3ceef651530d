package dev.retort.views.dossier;

import dev.retort.dossier.DossierService;
import dev.retort.dossier.ExportFormat;
import dev.retort.dossier.ExportRequest;
import dev.retort.dossier.ExportResult;
import dev.retort.dossier.RedactionProfile;
import dev.retort.store.AuditEntry;
import dev.retort.store.workbench.DossierSection;
import dev.retort.store.workbench.SectionKind;
import dev.retort.store.workbench.Workbench;
import dev.retort.store.task.Progress;
import dev.retort.views.common.CaseContext;
import javafx.application.Platform;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The dossier place: the case's sections in order (add, remove, move), the activity log, and exporting the dossier
 * as a signed bundle with a redaction profile and a choice of formats, with progress. Built on the dossier module's
 * {@link DossierService} and the store's workbench API. Holds no nodes.
 */
public final class DossierViewModel {

    private final CaseContext context;
    private final Path retortHome;
    private final DossierActions actions;
    private final ObservableList<DossierSection> sections = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> activity = FXCollections.observableArrayList();
    private final ObjectProperty<RedactionProfile> profile = new SimpleObjectProperty<>(RedactionProfile.LEGAL);
    private final ObservableSet<ExportFormat> formats = FXCollections.observableSet(EnumSet.allOf(ExportFormat.class));
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");

    public DossierViewModel(CaseContext context, Path retortHome) {
        this.context = context;
        this.retortHome = retortHome;
        this.actions = new DossierActions(context);
        context.openCaseProperty().addListener((o, old, now) -> reload());
        context.workbenchRevisionProperty().addListener((o, old, now) -> reload());
        context.revisionProperty().addListener((o, old, now) -> reload());
        reload();
    }

    /** Reads the sections and the latest activity again. */
    public void reload() {
        if (context.caseFile() == null) {
            sections.clear();
            activity.clear();
            return;
        }
        context.read("Reading the dossier", DossierQuery::load, loaded -> {
            sections.setAll(loaded.sections());
            activity.setAll(loaded.activity());
        });
    }

    public void add(SectionKind kind) {
        actions.addSection(kind);
    }

    /** Adds the campaign selected in any view. */
    public void addSelectedCampaign() {
        String campaign = context.selection().campaign();
        if (campaign != null) {
            actions.addCampaign(campaign);
        }
    }

    /** Adds the accounts selected in any view. */
    public void addSelectedAccounts() {
        actions.addAccounts(List.copyOf(context.selection().accounts()));
    }

    public void remove(DossierSection section) {
        context.annotate("Removing a dossier section", c -> {
            Workbench.of(c).sections().remove(section.id());
            return section.id();
        }, id -> { });
    }

    /** Moves {@code section} up (-1) or down (+1). */
    public void move(DossierSection section, int delta) {
        int index = sections.indexOf(section);
        int to = index + delta;
        if (index < 0 || to < 0 || to >= sections.size()) {
            return;
        }
        context.annotate("Moving a dossier section", c -> {
            Workbench.of(c).sections().move(section.id(), to);
            return to;
        }, p -> { });
    }

    /** Assembles the default dossier (summary, flagged campaigns, network, timeline, ...) when it is empty. */
    public void buildDefault() {
        context.annotate("Building the default dossier", DossierService::ensureDefault, built -> { });
    }

    /** Exports the dossier to {@link #outDirProperty()} with the chosen profile and formats. */
    public void export() {
        Path dir = outDir.get();
        if (dir == null || exporting.get() || formats.isEmpty()) {
            return;
        }
        Set<ExportFormat> chosen = EnumSet.copyOf(formats);
        ExportRequest request = new ExportRequest(dir, profile.get(), chosen, retortHome);
        exporting.set(true);
        exportProgress.set(-1);
        exportStatus.set("Exporting to " + dir + "…");
        context.tasks().submit("Exporting the dossier", progress -> {
            synchronized (context.caseFile()) {
                DossierService.ensureDefault(context.caseFile());
                return DossierService.export(context.caseFile(), request, forwarding(progress));
            }
        }, this::exported, error -> {
            exporting.set(false);
            exportProgress.set(0);
            exportStatus.set("Export failed: " + error.getMessage());
        });
    }

    /** Passes progress on to the status bar and, coalesced, to {@link #exportProgressProperty()} on the FX thread. */
    private Progress forwarding(Progress task) {
        java.util.concurrent.atomic.AtomicReference<Double> latest = new java.util.concurrent.atomic.AtomicReference<>();
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                task.update(done, total, message);
                double f = total > 0 ? (double) done / total : -1;
                if (latest.getAndSet(f) == null) {
                    Platform.runLater(() -> exportProgress.set(latest.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    private void exported(ExportResult result) {
        exporting.set(false);
        exportProgress.set(1);
        exportStatus.set(String.format(Locale.ROOT, "Wrote %d files to %s in %.1f s, signed with key %s%s",
                result.files().size(), result.dir(), result.durationMillis() / 1000.0, result.keyFingerprint(),
                result.keyGenerated() ? " (new key generated)" : ""));
        context.dataChanged();
    }

    public ObservableList<DossierSection> sections() {
        return sections;
    }

    public ObservableList<AuditEntry> activity() {
        return activity;
    }

    public ObjectProperty<RedactionProfile> profileProperty() {
        return profile;
    }

    public ObservableSet<ExportFormat> formats() {
        return formats;
    }

    public ObjectProperty<Path> outDirProperty() {
        return outDir;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public CaseContext context() {
        return context;
    }
}
