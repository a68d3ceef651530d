package dev.retort.importers.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.importers.Formats;
import dev.retort.importers.ImportService;
import dev.retort.store.CaseFile;
import dev.retort.store.ingest.IngestOptions;
import dev.retort.store.task.Progress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's Bedrock invocation log and CloudTrail file for the same three calls, imported into a case in
 * either order, give the same three exchanges with both halves: tokens, latency and text from Bedrock; IP, user
 * agent and access key from CloudTrail.
 */
class AwsJoinTest {

    @TempDir
    Path dir;

    private static final String ROWS = """
            SELECT e.ts, e.request_id, a.account, k.key, i.ip, u.ua, m.name, e.tokens_in, e.tokens_out, e.status,
                   e.latency_ms, t.prompt IS NOT NULL AND t.response IS NOT NULL
              FROM exchanges e
              LEFT JOIN accounts a ON a.id = e.account_id
              LEFT JOIN api_keys k ON k.id = e.key_id
              LEFT JOIN ips i ON i.id = e.ip_id
              LEFT JOIN user_agents u ON u.id = e.ua_id
              LEFT JOIN models m ON m.id = e.model_id
              LEFT JOIN exchange_texts t ON t.exchange_id = e.id
             ORDER BY e.ts, e.request_id
            """;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(AwsJoinTest.class.getResource("/" + name).toURI());
    }

    private List<String> importInOrder(String caseName, Path first, Path second) throws SQLException {
        try (CaseFile c = CaseFile.create(dir.resolve(caseName), caseName)) {
            ImportService service = new ImportService(c, Formats.installed(), IngestOptions.DEFAULTS);
            service.run(new ImportService.Request(List.of(first), null, "{}", false), Progress.NONE);
            service.run(new ImportService.Request(List.of(second), null, "{}", false), Progress.NONE);
            List<String> rows = new ArrayList<>();
            try (Statement st = c.connection().createStatement(); ResultSet rs = st.executeQuery(ROWS)) {
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= 12; i++) {
                        sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    rows.add(sb.toString());
                }
            }
            return rows;
        }
    }

    @Test
    void bedrockAndCloudTrailJoinByRequestIdInEitherOrder() throws Exception {
        Path bedrock = fixture("bedrock/generated-1.jsonl");
        Path trail = fixture("cloudtrail/generated-1.jsonl");
        List<String> bedrockFirst = importInOrder("a.retort", bedrock, trail);
        List<String> trailFirst = importInOrder("b.retort", trail, bedrock);

        assertEquals(3, bedrockFirst.size());
        assertEquals("1776729779000 | c01c9ffc-b02b-46cc-b334-cc7aaba78327 | acct_9479aa77a19a | AKIAJJTY7QTGBC67TBZH"
                + " | 139.59.212.5 | python-requests/2.31.0 | orion-3 | 397 | 434 | 200 | 9548 | 1", bedrockFirst.get(0));
        assertEquals(bedrockFirst, trailFirst);
    }
}
