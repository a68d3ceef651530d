package dev.retort.app.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link OfflineRun} in a new JVM on this test's class path, optionally behind a command prefix. */
final class ChildJvm {

    record Result(int exitCode, String output) {}

    private ChildJvm() {}

    static Result run(List<String> prefix, Path workDir, List<String> offlineRunArgs) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xmx1g", "-Djava.awt.headless=true", "-Djava.security.manager=allow",
                "-Dretort.home=" + workDir.resolve("home"),
                "-Djava.io.tmpdir=" + Files.createDirectories(workDir.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"),
                OfflineRun.class.getName()));
        cmd.addAll(offlineRunArgs);
        Path log = workDir.resolve("child-output.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not finish in 10 minutes:\n" + read(log));
        }
        return new Result(p.exitValue(), read(log));
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
