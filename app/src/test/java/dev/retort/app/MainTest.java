package dev.retort.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command without a display (the test JVM runs with {@code java.awt.headless=true}). */
class MainTest {

    @TempDir
    Path home;

    @Test
    void withoutArgumentsAndWithoutDisplayItRunsTheDemoJobInsteadOfRefusing() throws Exception {
        // A non-empty demo directory that the demo did not make: the demo job refuses it at once, which shows
        // that the bare command ran the demo job (a full run is covered by DemoCommandTest) and did not fail
        // for want of a display.
        Path demoDir = Files.createDirectories(home.resolve("demo"));
        Files.writeString(demoDir.resolve("keep.txt"), "x");
        String previousHome = System.getProperty("retort.home");
        PrintStream previousErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("retort.home", home.toString());
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new String[0]);
        } finally {
            System.setErr(previousErr);
            if (previousHome == null) {
                System.clearProperty("retort.home");
            } else {
                System.setProperty("retort.home", previousHome);
            }
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("no display found; running the headless demo job"), printed);
        assertTrue(printed.contains(demoDir + " is not empty and was not made by 'retort demo'"), printed);
        assertEquals(1, code);
    }
}
