package dev.retort.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same bytes (whatever the thread count); another seed, other data with the same statistics. */
class DeterminismTest {

    private static final GeneratorOptions BASE = GeneratorOptions.defaults().withScale(0.1);

    @TempDir
    Path tmp;

    private Map<String, String> run(String name, GeneratorOptions o) throws IOException {
        Path dir = tmp.resolve(name);
        ScenarioGenerator.generate(Presets.demo(), o, dir, GeneratorProgress.NONE);
        return hashes(dir);
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                out.put(f.getFileName().toString(), sha256(f));
            }
        }
        return out;
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesWhateverTheThreadCount() throws IOException {
        Map<String, String> a = run("a", BASE.withSeed(7).withThreads(2));
        Map<String, String> b = run("b", BASE.withSeed(7).withThreads(1));
        assertEquals(16, a.size(), "accounts.csv, truth.json and 14 day files");
        assertEquals(a, b);
    }

    @Test
    void gzippedOutputIsDeterministicToo() throws IOException {
        GeneratorOptions o = BASE.withSeed(3).withGzip(true).withFormat(Format.BEDROCK);
        Map<String, String> a = run("a", o);
        Map<String, String> b = run("b", o.withThreads(3));
        assertTrue(a.containsKey("cloudtrail-2026-04-25.jsonl.gz"), a.keySet().toString());
        assertEquals(a, b);
    }

    @Test
    void anotherSeedGivesDifferentDataWithTheSameStatistics() throws IOException {
        // Full demo size: at a tenth, five campus students are too few for stable sums.
        Map<String, String> a = run("a", BASE.withScale(1).withSeed(1));
        Map<String, String> b = run("b", BASE.withScale(1).withSeed(2));
        a.forEach((file, hash) -> assertNotEquals(hash, b.get(file), file + " should differ"));

        ObjectMapper json = new ObjectMapper();
        JsonNode ta = json.readTree(tmp.resolve("a/truth.json").toFile());
        JsonNode tb = json.readTree(tmp.resolve("b/truth.json").toFile());
        assertEquals(ta.at("/counts/byPopulation"), tb.at("/counts/byPopulation"), "same population sizes");
        assertClose(ta.at("/counts/exchanges").asLong(), tb.at("/counts/exchanges").asLong(), 0.10, "exchanges");
        for (String pop : new String[] {"developer", "enterprise", "campus", "platform", "campaign"}) {
            assertClose(ta.at("/counts/exchangesByPopulation/" + pop).asLong(),
                    tb.at("/counts/exchangesByPopulation/" + pop).asLong(), 0.30, pop);
        }
        for (int k = 0; k < ta.get("campaigns").size(); k++) {
            JsonNode ca = ta.get("campaigns").get(k);
            JsonNode cb = tb.get("campaigns").get(k);
            assertEquals(ca.get("style"), cb.get("style"));
            assertEquals(ca.get("accounts").size(), cb.get("accounts").size());
            assertClose(ca.get("exchanges").asLong(), cb.get("exchanges").asLong(), 0.10, ca.get("id").asText());
        }
    }

    private static void assertClose(long a, long b, double tolerance, String what) {
        double rel = Math.abs(a - b) / (double) Math.max(1, Math.max(a, b));
        assertTrue(rel <= tolerance, what + ": " + a + " vs " + b + " differ by " + Math.round(rel * 100) + "%");
    }
}
