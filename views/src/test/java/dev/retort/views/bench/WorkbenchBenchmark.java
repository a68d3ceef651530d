package dev.retort.views.bench;

import dev.retort.views.accounts.AccountRow;
import dev.retort.views.exchanges.ExchangeRow;
import dev.retort.views.shell.Place;
import dev.retort.views.testing.Harness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * Times the workbench views (Sources, Accounts, Exchanges, Dossier) on a copy of a case in the real window, headless:
 * how long each step takes until its result is on screen, and the longest FX-thread stall during it (a probe posts a
 * {@code Platform.runLater} every 5 ms and records how late it ran) with the CPU the FX thread used during that stall
 * (little CPU: the thread waited for a core; CPU close to the stall: our work) and during the whole step. Prints a
 * Markdown table.
 *
 * <pre>bench/workbench-bench.sh CASE_FILE [FTS_WORD]</pre>
 */
public final class WorkbenchBenchmark {

    private final List<String> rows = new ArrayList<>();
    private volatile double worst;
    private volatile double worstCpu;
    private volatile long worstAt;
    private volatile double mostCpu;
    private long passStart;
    private volatile double longestPass;
    private volatile long mostCpuAt;
    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private long fxThread;
    private final StallProbe stalls = new StallProbe(this::sample);
    private Harness app;

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        String word = args.length > 1 ? args[1] : "step";
        Path work = Files.createTempDirectory("retort-workbench-bench");
        Path copy = work.resolve("bench.retort");
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            new WorkbenchBenchmark().run(copy, work, word);
        } finally {
            deleteTree(work); // the copy of a real case is as large as the case
            System.exit(0); // a failed step must not leave the FX thread holding the JVM open
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private void run(Path casePath, Path work, String word) throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        CompletableFuture<Harness> made = new CompletableFuture<>();
        java.util.Set<Place> placeholders = Boolean.getBoolean("bench.workbenchOnly")
                ? java.util.EnumSet.of(Place.NETWORK, Place.TIMELINE) : java.util.EnumSet.noneOf(Place.class);
        Platform.runLater(() -> made.complete(new Harness(new Stage(), work.resolve("home"), placeholders)));
        app = made.get();
        // The CPU of each pulse's CSS and layout pass of the window, measured on the FX thread itself: unlike the
        // probe's lateness it does not grow when other processes keep the FX thread waiting for a core.
        Platform.runLater(() -> {
            javafx.scene.Scene scene = app.view.getScene();
            scene.addPreLayoutPulseListener(() -> passStart = cpu.getCurrentThreadCpuTime());
            if (Boolean.getBoolean("bench.stallTimes")) {
                dev.retort.views.common.Pulses.idleProperty().addListener((o, was, now) -> System.out.println(
                        "  " + java.time.LocalTime.now() + (now ? " staged steps done" : " staged steps start")));
                app.shell.openCaseProperty().addListener((o, was, now) -> System.out.println(
                        "  " + java.time.LocalTime.now() + " open case set"));
                app.context().revisionProperty().addListener((o, was, now) -> System.out.println(
                        "  " + java.time.LocalTime.now() + " revision"));
            }
            scene.addPostLayoutPulseListener(() -> {
                double pass = (cpu.getCurrentThreadCpuTime() - passStart) / 1e6;
                longestPass = Math.max(longestPass, pass);
                if (pass > 30 && Boolean.getBoolean("bench.stallTimes")) {
                    System.out.printf(Locale.ROOT, "  %s CSS + layout pass of %.0f ms%n", java.time.LocalTime.now(), pass);
                }
            });
        });
        stalls.start();
        fxThread = stalls.fxThread();

        step("baseline: idle window for 2 s (machine noise)", () -> sleep(2000), () -> true);
        step("open case, Accounts table filled", () -> {
            FxThread.run(() -> app.shell.placeProperty().set(Place.ACCOUNTS));
            if (Boolean.getBoolean("bench.stallTimes")) {
                System.out.println("  " + java.time.LocalTime.now() + " Accounts place built; opening the case");
            }
            FxThread.run(() -> app.shell.openCase(casePath));
            if (Boolean.getBoolean("bench.stallTimes")) {
                System.out.println("  " + java.time.LocalTime.now() + " case opened");
            }
        }, () -> accounts() != null && accounts().getItems().size() > 0   // the place builds its table lazily
                && !app.shell.tasks().busyProperty().get());
        int total = accounts().getItems().size();
        note("accounts in the table", String.format(Locale.ROOT, "%,d", total));
        note("accounts table: row nodes, fixed cell size", FxThread.call(() -> accounts().lookupAll(".table-row-cell").size()
                + ", " + accounts().getFixedCellSize()));

        step("filter accounts by text", () -> FxThread.run(() -> text("#accounts-filter").setText("acct_1")),
                () -> accounts().getItems().size() < total);
        step("clear filter", () -> FxThread.run(() -> text("#accounts-filter").setText("")),
                () -> accounts().getItems().size() == total);
        step("sort accounts by exchanges", () -> FxThread.run(() -> {
            TableColumn<AccountRow, ?> volume = accounts().getColumns().get(4);
            volume.setSortType(TableColumn.SortType.DESCENDING);
            accounts().getSortOrder().setAll(List.of(volume));
        }), () -> true);
        String campaign = app.query("SELECT campaign FROM analysis_campaigns ORDER BY account_count DESC LIMIT 1")
                .get(0);
        note("largest campaign", campaign + " (" + app.query("SELECT account_count FROM analysis_campaigns"
                + " WHERE campaign = '" + campaign + "'").get(0) + " accounts)");
        step("select the largest campaign (highlight)", () -> FxThread.run(() -> app.context().selection()
                .selectCampaign(campaign)), () -> true);
        int many = Math.min(500, total);
        step("select " + many + " accounts (multi-select)", () -> FxThread.run(() -> accounts().getSelectionModel()
                .selectRange(0, many)), () -> app.context().selection().accounts().size() == many);

        step("Exchanges of " + many + " selected accounts", () -> FxThread.run(() -> app.shell.placeProperty().set(Place.EXCHANGES)),
                this::exchangesLoaded);
        step("Exchanges of the largest campaign (first 2,000)", () -> FxThread.run(() -> app.context().selection()
                .selectAccounts(List.of())), this::exchangesLoaded);
        step("full-text search '" + word + "' in the campaign", () -> FxThread.run(() -> {
            text("#exchanges-search").setText(word);
            ((javafx.scene.control.Button) lookup("#exchanges-search-button")).fire();
        }), this::exchangesLoaded);
        step("full-text search '" + word + "' in the whole case", () -> FxThread.run(() -> app.context().selection().clear()),
                this::exchangesLoaded);
        note("rows shown", lookupLabel("#exchanges-summary"));
        step("open one exchange with provenance", () -> FxThread.run(() -> exchanges().getSelectionModel().select(0)),
                () -> !app.shell.tasks().busyProperty().get());

        step("Sources list", () -> FxThread.run(() -> app.shell.placeProperty().set(Place.SOURCES)), () -> true);
        step("Dossier sections and activity", () -> FxThread.run(() -> app.shell.placeProperty().set(Place.DOSSIER)),
                () -> true);
        stalls.stop();
        System.out.println("| step | time (ms) | longest FX stall (ms) | FX CPU during it (ms)"
                + " | most FX CPU in one probe interval (ms) | longest CSS + layout pass (FX CPU ms) | FX CPU in the step (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean exchangesLoaded() {
        return !lookupLabel("#exchanges-summary").startsWith("Searching") && !app.shell.tasks().busyProperty().get();
    }

    private void step(String name, Runnable action, BooleanSupplier done) throws Exception {
        waitIdle();
        worst = 0;
        worstCpu = 0;
        mostCpu = 0;
        longestPass = 0;
        long t0 = System.nanoTime();
        long cpu0 = cpu.getThreadCpuTime(fxThread);
        action.run();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!FxThread.call(() -> done.getAsBoolean() && idle())) { // read on the FX thread: what is on screen now
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not finish");
            }
            Thread.sleep(2);
        }
        FxThread.run(() -> { });
        double ms = (System.nanoTime() - t0) / 1e6;
        double stepCpu = (cpu.getThreadCpuTime(fxThread) - cpu0) / 1e6;
        rows.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |", name, ms, worst,
                worstCpu, mostCpu, longestPass, stepCpu));
        if (Boolean.getBoolean("bench.stallTimes")) { // to find the stall in a JFR recording
            System.out.printf(Locale.ROOT, "%s: worst stall from %s, most FX CPU from %s%n", name,
                    java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(worstAt), java.time.ZoneOffset.UTC),
                    java.time.LocalTime.ofInstant(java.time.Instant.ofEpochMilli(mostCpuAt), java.time.ZoneOffset.UTC));
        }
    }

    private void note(String name, String value) {
        rows.add("| " + name + " | " + value + " | | | | | |");
    }

    private boolean idle() {
        return !app.shell.tasks().busyProperty().get() && dev.retort.views.common.Pulses.isIdle();
    }

    private void waitIdle() throws Exception {
        for (int i = 0; i < 3; i++) {
            while (!idle()) {
                Thread.sleep(5);
            }
            FxThread.run(() -> { });
        }
    }

    /** Keeps the step's worst stall and the most FX CPU one probe interval saw, with when they began. */
    private void sample(String phase, double late, double used, long postedAt) {
        if (used > mostCpu) {
            mostCpu = used;
            mostCpuAt = postedAt;
        }
        if (late > worst) {
            worst = late;
            worstCpu = used;
            worstAt = postedAt;
        }
    }

    private Node lookup(String id) {
        return app.view.getScene().lookup(id);
    }

    private TextInputControl text(String id) {
        return (TextInputControl) lookup(id);
    }

    private String lookupLabel(String id) {
        return FxThread.call(() -> ((javafx.scene.control.Labeled) lookup(id)).getText());
    }

    @SuppressWarnings("unchecked")
    private TableView<AccountRow> accounts() {
        return (TableView<AccountRow>) lookup("#accounts-table");
    }

    @SuppressWarnings("unchecked")
    private TableView<ExchangeRow> exchanges() {
        return (TableView<ExchangeRow>) lookup("#exchanges-table");
    }
}
