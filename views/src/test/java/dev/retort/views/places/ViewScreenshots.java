package dev.retort.views.places;

import dev.retort.views.shell.Place;
import dev.retort.views.testing.DemoCase;
import dev.retort.views.testing.Harness;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders every place of the real main window on a case and writes one PNG per place. Not part of the normal build:
 * {@code mvn -pl views test -Dtest=ViewScreenshots -Dretort.screenshots=../docs/screenshots
 * [-Dretort.screenshots.case=/path/demo.retort]} (without a case it uses the small generated one).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "retort.screenshots", matches = ".+")
class ViewScreenshots {

    @TempDir
    Path dir;

    private Harness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new Harness(stage, dir.resolve("home"));
    }

    @Test
    void renderEveryPlace(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("retort.screenshots"));
        Files.createDirectories(out);
        String given = System.getProperty("retort.screenshots.case", "");
        Path casePath;
        if (given.isBlank()) {
            casePath = DemoCase.copyTo(dir, "demo");
        } else {
            casePath = dir.resolve("demo.retort");
            Files.copy(Path.of(given), casePath, StandardCopyOption.REPLACE_EXISTING);
        }
        app.open(robot, casePath);
        String campaign = app.query("SELECT campaign FROM analysis_campaigns ORDER BY score DESC LIMIT 1").get(0);

        app.show(robot, Place.SOURCES);
        robot.interact(() -> robot.lookup("#sources-table").queryAs(TableView.class).getSelectionModel().select(0));
        shot(robot, out, "sources");

        app.show(robot, Place.ACCOUNTS);
        robot.interact(() -> app.context().selection().selectCampaign(campaign));
        robot.interact(() -> robot.lookup("#accounts-table").queryAs(TableView.class).getSelectionModel()
                .selectRange(0, 4));
        shot(robot, out, "accounts");

        robot.interact(() -> app.context().selection().selectAccounts(java.util.List.of()));
        app.show(robot, Place.NETWORK);
        Thread.sleep(1500);
        shot(robot, out, "network");

        app.show(robot, Place.TIMELINE);
        Thread.sleep(1000);
        shot(robot, out, "timeline");

        robot.interact(() -> {
            app.context().selection().selectAccounts(java.util.List.of());
            app.context().selection().selectCampaign(campaign);
        });
        app.show(robot, Place.EXCHANGES);
        robot.interact(() -> robot.lookup("#exchanges-table").queryAs(TableView.class).getSelectionModel().select(3));
        shot(robot, out, "exchanges");

        app.show(robot, Place.DOSSIER);
        if (app.count("SELECT COUNT(*) FROM dossier_sections") == 0) {
            robot.clickOn("#dossier-default");
        }
        app.settle();
        shot(robot, out, "dossier");
        app.close(robot);
    }

    private void shot(FxRobot robot, Path out, String name) throws Exception {
        app.settle();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        WritableImage img = image.get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", out.resolve(name + ".png").toFile());
    }
}
