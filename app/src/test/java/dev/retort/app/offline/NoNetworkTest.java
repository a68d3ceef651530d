package dev.retort.app.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retort's main job - generate, import, analyze, export - with networking unavailable, in a child JVM: inside an
 * empty network namespace where the machine allows one, and behind {@link SocketGuard} where the JDK allows one
 * (both here, usually). The two probe tests show that each fence would catch a socket, so a green run means
 * something.
 */
class NoNetworkTest {

    private static Isolation isolation;

    @TempDir
    Path dir;

    @BeforeAll
    static void detect() {
        isolation = Isolation.detect();
        System.out.println("no-network test isolation: " + isolation);
    }

    @Test
    void importAnalyzeAndExportSucceedWithNoNetwork() throws Exception {
        assumeTrue(isolation.any(), "neither a network namespace nor a security manager is available here");
        Path out = dir.resolve("demo");

        ChildJvm.Result r = ChildJvm.run(isolation.namespacePrefix(), dir,
                childArgs(isolation.guard(), false, "demo", "--out", out.toString(), "--scale", "0.05"));

        assertEquals(0, r.exitCode(), r.output());
        if (isolation.namespace()) {
            assertTrue(r.output().contains("offline-run: interfaces up: none"), r.output());
        }
        if (isolation.guard()) {
            assertTrue(r.output().contains("offline-run: network attempts: 0"), r.output());
        }
        assertTrue(Files.size(out.resolve("demo.retort")) > 0, r.output());
        assertTrue(Files.isDirectory(out.resolve("dossier")), r.output());
        try (var files = Files.list(out.resolve("dossier"))) {
            assertTrue(files.findAny().isPresent(), "the exported bundle is empty\n" + r.output());
        }
    }

    @Test
    void theGuardRefusesAndReportsASocketOpenedByCode() throws Exception {
        assumeTrue(isolation.guard(), "this JDK no longer allows a security manager");

        ChildJvm.Result r = ChildJvm.run(List.of(), dir, childArgs(true, true, "--version"));

        assertEquals(OfflineRun.NETWORK_ATTEMPTED, r.exitCode(), r.output());
        assertTrue(r.output().contains("offline-run: attempt: 192.0.2.1:443 connect"), r.output());
        assertTrue(r.output().contains("network access refused"), r.output());
    }

    @Test
    void theNamespaceHasNoInterfaceUpAndNoRouteOut() throws Exception {
        assumeTrue(isolation.namespace(), "no network namespace available (unshare -n / -rn failed)");

        ChildJvm.Result r = ChildJvm.run(isolation.namespacePrefix(), dir, childArgs(false, true, "--version"));

        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("offline-run: interfaces up: none"), r.output());
        assertTrue(r.output().contains("offline-run: probe refused"), r.output());
    }

    private static List<String> childArgs(boolean guard, boolean probe, String... retortArgs) {
        List<String> args = new ArrayList<>();
        if (guard) {
            args.add("--guard");
        }
        if (probe) {
            args.add("--probe-socket");
        }
        args.add("--");
        args.addAll(List.of(retortArgs));
        return args;
    }
}
