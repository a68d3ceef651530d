package dev.retort.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel, progress, gzip and option checks. */
class RunControlTest {

    private static final GeneratorOptions SMALL = GeneratorOptions.defaults().withScale(0.05).withSeed(4);

    @TempDir
    Path dir;

    @Test
    void cancellingStopsTheRunAndWritesNoTruth() throws IOException {
        AtomicBoolean cancel = new AtomicBoolean(true);
        GenerationResult r = ScenarioGenerator.generate(Presets.demo(), SMALL, dir, new GeneratorProgress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        });
        assertTrue(r.cancelled());
        assertEquals(0, r.exchanges());
        assertFalse(Files.exists(dir.resolve("truth.json")), "no truth for a partial run");
    }

    @Test
    void progressCountsDaysUpToTheTotal() throws IOException {
        List<long[]> updates = new ArrayList<>();
        ScenarioGenerator.generate(Presets.demo(), SMALL, dir, new GeneratorProgress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(14, updates.size());
        assertArrayEquals(new long[] {14, 14}, updates.get(13));
    }

    @Test
    void gzippedDayFilesHoldExactlyThePlainBytes() throws IOException {
        ScenarioGenerator.generate(Presets.demo(), SMALL, dir.resolve("plain"), GeneratorProgress.NONE);
        ScenarioGenerator.generate(Presets.demo(), SMALL.withGzip(true), dir.resolve("gz"), GeneratorProgress.NONE);
        byte[] plain = Files.readAllBytes(dir.resolve("plain/litellm-2026-04-24.jsonl"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("gz/litellm-2026-04-24.jsonl.gz")))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }

    @Test
    void optionsAndNamesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults().withScale(0));
        assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.defaults().withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> Presets.byName("nope"));
        assertEquals(Format.BEDROCK, Format.parse("Bedrock"));
        assertEquals("apr-2026", Presets.byName("APR-2026").name());
    }
}
