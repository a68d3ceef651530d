package dev.retort.views.dossier;

import dev.retort.views.selection.CaseSelection;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * A thin "Add to dossier" strip under a view that has no such action of its own (network, timeline): adds the view's
 * picture as a section, and the campaign selected anywhere as a findings section.
 */
public final class AddToDossierBar extends HBox {

    private AddToDossierBar(String id, Button main, DossierActions actions, CaseSelection selection) {
        super(8);
        setId(id);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        Button campaign = new Button();
        campaign.setId(id + "-campaign");
        campaign.textProperty().bind(selection.campaignProperty().map(c -> "Add findings of " + c)
                .orElse("Add campaign findings"));
        campaign.disableProperty().bind(selection.campaignProperty().isNull());
        campaign.setOnAction(e -> actions.addCampaign(selection.campaign()));
        Label label = new Label("Dossier:");
        label.getStyleClass().add("text-muted");
        getChildren().addAll(label, main, campaign);
    }

    /** The network view with "Add network snapshot" (centred on the selected campaign, if any). */
    public static Node underNetwork(Node view, DossierActions actions, CaseSelection selection) {
        Button add = new Button("Add network snapshot");
        add.setId("network-dossier-add");
        add.setOnAction(e -> actions.addNetwork(selection.campaign()));
        return wrap(view, new AddToDossierBar("network-dossier", add, actions, selection));
    }

    /** The timeline view with "Add timeline" (limited to the selected window, if any). */
    public static Node underTimeline(Node view, DossierActions actions, CaseSelection selection) {
        Button add = new Button();
        add.setId("timeline-dossier-add");
        add.textProperty().bind(selection.windowProperty().map(w -> "Add timeline of the selected window")
                .orElse("Add timeline"));
        add.setOnAction(e -> actions.addTimeline(selection.window()));
        return wrap(view, new AddToDossierBar("timeline-dossier", add, actions, selection));
    }

    private static Node wrap(Node view, AddToDossierBar bar) {
        BorderPane pane = new BorderPane(view);
        pane.setBottom(bar);
        return pane;
    }
}
