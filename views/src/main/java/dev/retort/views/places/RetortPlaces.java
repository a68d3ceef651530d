package dev.retort.views.places;

import dev.retort.views.accounts.AccountsView;
import dev.retort.views.analysis.AnalysisBar;
import dev.retort.views.analysis.AnalysisViewModel;
import dev.retort.views.accounts.AccountsViewModel;
import dev.retort.views.common.CaseContext;
import dev.retort.views.dossier.AddToDossierBar;
import dev.retort.views.dossier.DirectoryPicker;
import dev.retort.views.dossier.DossierActions;
import dev.retort.views.dossier.DossierView;
import dev.retort.views.dossier.DossierViewModel;
import dev.retort.views.exchanges.ExchangesView;
import dev.retort.views.exchanges.ExchangesViewModel;
import dev.retort.views.network.NetworkView;
import dev.retort.views.network.NetworkViewModel;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.Place;
import dev.retort.views.shell.PlaceFactory;
import dev.retort.views.sources.FileImporter;
import dev.retort.views.sources.ImportFileChooser;
import dev.retort.views.sources.SourcesView;
import dev.retort.views.sources.SourcesViewModel;
import dev.retort.views.timeline.TimelineView;
import dev.retort.views.timeline.TimelineViewModel;
import dev.retort.views.workbench.AnnotationsPane;
import dev.retort.views.workbench.AnnotationsViewModel;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The real places of the main window: builds each feature's view model and view and hands them one shared
 * {@link CaseContext} (open case, task executor, cross-view selection, revisions) per shell.
 */
public final class RetortPlaces implements PlaceFactory {

    /** The services the views need from outside: where keys live, how files are imported, the file dialogs. */
    public record Services(Path retortHome, FileImporter importer, ImportFileChooser importChooser,
                           DirectoryPicker exportPicker) {

        /** The desktop's services: the real importer and the native dialogs. */
        public static Services desktop(Path retortHome) {
            return new Services(retortHome, FileImporter.standard(), ImportFileChooser.nativeDialog(),
                    DirectoryPicker.nativeDialog());
        }
    }

    /** Retort's additions to the theme (campaign highlight in tables); add it to the scene. */
    public static final String STYLESHEET = RetortPlaces.class.getResource("/dev/retort/views/retort.css")
            .toExternalForm();

    private final Services services;
    private final Map<MainViewModel, CaseContext> contexts = new IdentityHashMap<>();

    public RetortPlaces(Services services) {
        this.services = services;
    }

    /** The context shared by every place of {@code shell}. */
    public CaseContext context(MainViewModel shell) {
        return contexts.computeIfAbsent(shell, CaseContext::of);
    }

    @Override
    public Node create(Place place, MainViewModel shell) {
        CaseContext context = context(shell);
        return switch (place) {
            case SOURCES -> {
                SourcesViewModel model = new SourcesViewModel(context, services.importer());
                AnalysisViewModel analysis = new AnalysisViewModel(context);
                yield lazy(place, context, () -> new VBox(new AnalysisBar(analysis),
                        grow(new SourcesView(model, services.importChooser()))));
            }
            case ACCOUNTS -> {
                AccountsViewModel model = new AccountsViewModel(context);
                AnnotationsViewModel notes = new AnnotationsViewModel(context);
                yield lazy(place, context, () -> new AccountsView(model, new AnnotationsPane(notes, "accounts")));
            }
            case EXCHANGES -> {
                ExchangesViewModel model = new ExchangesViewModel(context);
                AnnotationsViewModel notes = new AnnotationsViewModel(context);
                yield lazy(place, context, () -> new ExchangesView(model, new AnnotationsPane(notes, "exchanges")));
            }
            case DOSSIER -> {
                DossierViewModel model = new DossierViewModel(context, services.retortHome());
                yield lazy(place, context, () -> new DossierView(model, services.exportPicker()));
            }
            case NETWORK -> {
                NetworkViewModel model = new NetworkViewModel(context);
                yield lazy(place, context, () -> AddToDossierBar.underNetwork(new NetworkView(model),
                        new DossierActions(context), context.selection()));
            }
            case TIMELINE -> {
                TimelineViewModel model = new TimelineViewModel(context);
                yield lazy(place, context, () -> AddToDossierBar.underTimeline(new TimelineView(model),
                        new DossierActions(context), context.selection()));
            }
        };
    }

    private static Node grow(Node node) {
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }

    private static Node lazy(Place place, CaseContext context, java.util.function.Supplier<Node> view) {
        return new LazyPlace(place, context.placeProperty(), view);
    }
}
