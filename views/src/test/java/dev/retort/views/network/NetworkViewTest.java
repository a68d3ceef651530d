package dev.retort.views.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.views.bench.SyntheticCase;
import dev.retort.views.common.CaseContext;
import dev.retort.views.selection.CaseSelection;
import dev.retort.views.shell.MainViewModel;
import dev.retort.views.shell.Place;
import dev.retort.views.shell.RecentCases;
import dev.retort.views.task.BackgroundTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
    @TempDir
    static Path dir;
    static Path casePath;

    private MainViewModel shell;
    private CaseSelection selection;
    private NetworkViewModel model;
    private NetworkView view;

    @BeforeAll
    static void build() {
        casePath = dir.resolve("network-view.retort");
        SyntheticCase.create(casePath, SyntheticCase.Spec.small()).close();
    }

    @Start
    void start(Stage stage) {
        shell = new MainViewModel(new BackgroundTaskExecutor(), new RecentCases(dir.resolve("recent.txt")));
        CaseContext context = CaseContext.of(shell);
        selection = context.selection();
        model = new NetworkViewModel(context);
        view = new NetworkView(model);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openCase(FxRobot robot) throws Exception {
        robot.interact(() -> shell.openCase(casePath));
        waitFor(() -> model.pictureProperty().get().count(GraphNode.Type.CAMPAIGN) == 3);
        settle();
    }

    /** GraphStream measures the graph when it next paints (on its own animation timer): let it paint first. */
    private static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where a node is on screen once GraphStream has painted it: the camera fits the graph while painting (on its own
     * animation timer), so the position is read until two reads agree.
     */
    private Point2D settledPosition(String nodeId) throws Exception {
        Point2D last = null;
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            Point2D now = WaitForAsyncUtils.asyncFx(() -> view.screenPositionOf(nodeId)).get();
            if (now != null && now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * Double-clicks a campaign until it expands: on a loaded machine the robot's two clicks can land further apart
     * than the platform's double-click interval and count as two single clicks, so it tries up to three times.
     */
    private void expandViaDoubleClick(FxRobot robot, String campaign) throws Exception {
        String member = GraphNode.accountId(SyntheticCase.member(Integer.parseInt(campaign.substring(2)), 0));
        for (int attempt = 0; attempt < 3 && model.pictureProperty().get().node(member) == null; attempt++) {
            Point2D at = settledPosition(GraphNode.campaignId(campaign));
            assertNotNull(at);
            robot.moveTo(at).doubleClickOn(MouseButton.PRIMARY);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.pictureProperty().get().node(member) != null);
            } catch (java.util.concurrent.TimeoutException e) {
                // not seen as a double click: try again
            }
        }
        waitFor(() -> model.pictureProperty().get().node(member) != null);
        settle();
    }

    private void expandDirectly(FxRobot robot, String campaign) throws Exception {
        robot.interact(() -> model.expand(campaign));
        waitFor(() -> model.pictureProperty().get().count(GraphNode.Type.ACCOUNT) > 0);
        settle();
    }

    @Test
    void overviewDrawsOneColouredNodePerCampaign(FxRobot robot) throws Exception {
        openCase(robot);
        assertEquals(3, view.graph().getNodeCount());
        assertEquals("campaign,c0", view.graph().getNode("campaign:C-0000").getAttribute("ui.class"));
        assertEquals(1, view.graph().getEdgeCount(), "the IP shared by C-0000 and C-0001");
    }

    @Test
    void doubleClickingACampaignExpandsItIntoMembersAndSharedIndicators(FxRobot robot) throws Exception {
        openCase(robot);
        expandViaDoubleClick(robot, "C-0000");
        assertNull(view.graph().getNode("campaign:C-0000"));
        assertNotNull(view.graph().getNode("indicator:shared_card:card-0"));
        assertEquals(12 + 3 + 2, view.graph().getNodeCount(), "12 members, card, subnet, client + 2 collapsed");
        assertTrue(model.expanded().contains("C-0000"));
    }

    @Test
    void clickingAMemberShowsItsEvidenceAndPivotsToItsTimeline(FxRobot robot) throws Exception {
        openCase(robot);
        expandDirectly(robot, "C-0000");
        String node = GraphNode.accountId(SyntheticCase.member(0, 0));
        robot.moveTo(settledPosition(node)).clickOn(MouseButton.PRIMARY);
        waitFor(() -> model.inspectionProperty().get() != null && model.inspectionProperty().get().nodeId().equals(node));
        assertEquals("Account camp0-acct0", robot.lookup("#network-inspector-title").queryLabeled().getText());
        ListView<?> facts = robot.lookup("#network-inspector-facts").queryAs(ListView.class);
        assertTrue(facts.getItems().contains("Payment card-0"), facts.getItems().toString());
        assertTrue(facts.getItems().contains("Source synthetic.jsonl:1"), facts.getItems().toString());
        ListView<?> evidence = robot.lookup("#network-inspector-evidence").queryAs(ListView.class);
        assertTrue(evidence.getItems().get(0).toString().contains("#1"), "reasons cite their exchanges");
        assertEquals("C-0000", selection.campaign());

        robot.clickOn("#network-show-timeline");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("camp0-acct0"), selection.accounts());
        assertEquals(Place.TIMELINE, shell.placeProperty().get());
    }

    @Test
    void uncheckingAnIndicatorTypeRemovesItsNodes(FxRobot robot) throws Exception {
        openCase(robot);
        robot.interact(() -> model.expand("C-0001"));
        waitFor(() -> view.graph().getNode("indicator:shared_card:card-1") != null);
        CheckBox card = robot.lookup("#network-kind-shared_card").queryAs(CheckBox.class);
        robot.clickOn(card);
        waitFor(() -> view.graph().getNode("indicator:shared_card:card-1") == null);
        assertNotNull(view.graph().getNode("indicator:shared_subnet:10.1.0.0/24"));
    }

    @Test
    void minimumScoreHidesWeakerCampaigns(FxRobot robot) throws Exception {
        openCase(robot);
        robot.interact(() -> model.minScoreProperty().set(0.8));
        waitFor(() -> model.pictureProperty().get().count(GraphNode.Type.CAMPAIGN) == 2);
        assertNull(view.graph().getNode("campaign:C-0002"));
        assertNotNull(view.graph().getNode("campaign:C-0001"));
    }

    @Test
    void selectingACampaignElsewhereHighlightsIt(FxRobot robot) throws Exception {
        openCase(robot);
        robot.interact(() -> selection.selectCampaign("C-0001"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("campaign,c1,highlight", view.graph().getNode("campaign:C-0001").getAttribute("ui.class"));
        assertEquals("campaign,c0", view.graph().getNode("campaign:C-0000").getAttribute("ui.class"));
    }

    @Test
    void aLargeExpansionArrivesOverSeveralPulsesAndEndsAsThePicture(FxRobot robot) throws Exception {
        Path big = dir.resolve("network-large.retort");
        SyntheticCase.create(big, new SyntheticCase.Spec(5, 1, 600, 3, 2, 2)).close();
        robot.interact(() -> shell.openCase(big));
        waitFor(() -> model.pictureProperty().get().count(GraphNode.Type.CAMPAIGN) == 1);
        robot.interact(() -> model.expand("C-0000"));
        waitFor(() -> model.pictureProperty().get().count(GraphNode.Type.ACCOUNT) > 0);
        NetworkPicture picture = model.pictureProperty().get();
        assertTrue(picture.nodes().size() > NetworkView.NODES_PER_PULSE * 2, "large enough to be split");
        waitFor(dev.retort.views.common.Pulses::isIdle);

        assertEquals(picture.nodes().size(), view.graph().getNodeCount());
        assertEquals(picture.edges().size(), view.graph().getEdgeCount());
        String member = GraphNode.accountId(SyntheticCase.member(0, 0));
        assertNotNull(view.graph().getNode(member));
        assertNull(view.graph().getNode(member).getAttribute("ui.label"), "members are labelled only when selected");
        assertNotNull(view.graph().getNode("more:C-0000").getAttribute("ui.label"));
    }
}
