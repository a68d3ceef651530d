package dev.retort.views.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.CaseFile;
import dev.retort.views.bench.SyntheticCase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineSourceTest {
    private static final SyntheticCase.Spec SPEC = SyntheticCase.Spec.small();
    private static final long HOUR = 3_600_000L;

    @TempDir
    static Path dir;
    static CaseFile caseFile;
    static TimelineSource source;

    @BeforeAll
    static void build() {
        caseFile = SyntheticCase.create(dir.resolve("timeline.retort"), SPEC);
        source = TimelineSource.open(caseFile);
    }

    @AfterAll
    static void close() {
        source.close();
        caseFile.close();
    }

    private static long count(String sql, long... params) throws Exception {
        Connection c = caseFile.connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void overviewStacksEveryCampaignAndTheRestAndCountsEveryExchange() throws Exception {
        HourlyCube cube = source.overview();
        List<String> keys = cube.series().stream().map(Series::key).toList();
        assertEquals(List.of("C-0000", "C-0001", "C-0002"), keys.subList(0, 3));
        assertEquals(TimelineSource.OTHERS, cube.series().get(3).label());

        TimelineSlice all = source.slice(cube, cube.startMs(), cube.endMs());
        assertEquals(count("SELECT count(*) FROM exchanges"), all.total());
        long campaignZero = 0;
        for (long n : all.counts()[0]) {
            campaignZero += n;
        }
        assertEquals((long) SPEC.membersPerCampaign() * SPEC.exchangesPerCampaignAccount(), campaignZero);
        assertFalse(all.fromExchanges(), "a whole-case view is summed from the hourly rollups");
    }

    @Test
    void narrowWindowIsCountedFromExchangesPerMinute() throws Exception {
        HourlyCube cube = source.overview();
        long from = SyntheticCase.campaignStart(0) + 5 * HOUR + 17 * 60_000L;
        long to = from + 3 * HOUR;
        TimelineSlice slice = source.slice(cube, from, to);
        assertTrue(slice.fromExchanges());
        assertEquals(60_000L, slice.bucketMs());
        long expected = count("SELECT count(*) FROM exchanges WHERE ts >= ? AND ts < ?", slice.startMs(), slice.endMs());
        assertEquals(expected, slice.total());
        assertTrue(slice.startMs() <= from && slice.endMs() >= to);
    }

    @Test
    void wideWindowWithManyExchangesStaysOnTheRollups() {
        long width = 40L * 24 * HOUR;
        assertEquals(HOUR * 3, Resolution.bucketFor(0, width, Resolution.FINE_ROW_BUDGET + 1));
        assertEquals(60_000L * 5, Resolution.bucketFor(0, 24 * HOUR, 10));
        assertEquals(HOUR, Resolution.bucketFor(0, 24 * HOUR, Resolution.FINE_ROW_BUDGET + 1),
                "too many rows for a fine query: hourly buckets from the rollups");
    }

    @Test
    void drillDownStacksTheBusiestAccountsAndSumsTheRest() {
        List<String> members = source.campaigns().get(0).accounts();
        HourlyCube cube = source.drill(members, "Other members");
        assertEquals(TimelineSource.TOP_ACCOUNTS + 1, cube.series().size());
        assertEquals(members.size() - TimelineSource.TOP_ACCOUNTS, cube.series().get(10).accounts().size());
        TimelineSlice all = source.slice(cube, cube.startMs(), cube.endMs());
        assertEquals((long) members.size() * SPEC.exchangesPerCampaignAccount(), all.total());

        long from = SyntheticCase.campaignStart(0) + 24 * HOUR;
        TimelineSlice fine = source.slice(cube, from, from + 2 * HOUR);
        assertTrue(fine.fromExchanges());
        long inWindow = source.exchanges(fine.startMs(), fine.endMs(), members, 100_000).size();
        assertEquals(inWindow, fine.total(), "the fine drill-down counts only the members");
    }

    @Test
    void campaignDrillDownFromTheOverviewMatchesOneReadFromTheRollups() {
        HourlyCube overview = source.overview();
        List<String> members = source.campaigns().get(2).accounts();
        HourlyCube fromOverview = source.drillCampaign(overview, 2, members, "Other members");
        HourlyCube read = source.drill(members, "Other members");
        TimelineSlice a = source.slice(fromOverview, overview.startMs(), overview.endMs());
        TimelineSlice b = source.slice(read, overview.startMs(), overview.endMs());
        assertEquals(b.series().stream().map(Series::label).toList(), a.series().stream().map(Series::label).toList());
        for (int s = 0; s < a.series().size(); s++) {
            assertEquals(java.util.Arrays.toString(b.counts()[s]), java.util.Arrays.toString(a.counts()[s]), "band " + s);
        }
    }

    @Test
    void drillDownOfManyAccountsScansInsteadOfSeekingAndCountsTheSame() {
        List<String> members = source.campaigns().get(1).accounts();
        long from = SyntheticCase.campaignStart(1) + 30 * HOUR;
        HourlyCube seeking = source.drill(members, "Other members");
        TimelineSlice bySeeks = source.slice(seeking, from, from + 2 * HOUR);
        source.seekLimit = 0;
        try {
            HourlyCube scanning = source.drill(members, "Other members");
            TimelineSlice byScan = source.slice(scanning, from, from + 2 * HOUR);
            assertTrue(byScan.fromExchanges());
            assertEquals(bySeeks.total(), byScan.total());
            assertEquals(source.slice(seeking, seeking.startMs(), seeking.endMs()).total(),
                    source.slice(scanning, scanning.startMs(), scanning.endMs()).total());
            for (int s = 0; s < bySeeks.series().size(); s++) {
                assertEquals(java.util.Arrays.toString(bySeeks.counts()[s]), java.util.Arrays.toString(byScan.counts()[s]));
            }
        } finally {
            source.seekLimit = TimelineSource.SEEK_LIMIT;
        }
    }

    @Test
    void markersShowCampaignWindowsAndTheFirstAppearanceOfEachModel() {
        List<Marker> markers = source.markers();
        Marker windowZero = markers.stream().filter(m -> "C-0000".equals(m.key())).findFirst().orElseThrow();
        assertEquals(Marker.Kind.CAMPAIGN_WINDOW, windowZero.kind());
        assertEquals(SyntheticCase.campaignStart(0), windowZero.startMs());
        Marker release = markers.stream().filter(m -> "model-b".equals(m.key())).findFirst().orElseThrow();
        long day10 = SyntheticCase.START.toEpochMilli() + SyntheticCase.MODEL_B_DAY * 24 * HOUR;
        assertTrue(release.startMs() >= day10 && release.startMs() < day10 + 6 * HOUR,
                "model-b first appears soon after day 10: " + release.startMs());
    }

    @Test
    void bucketListsItsExchangesWithTheirSource() {
        long from = SyntheticCase.campaignStart(1);
        List<ExchangeRow> rows = source.exchanges(from, from + 24 * HOUR, List.of("camp1-acct3"), 50);
        assertFalse(rows.isEmpty());
        for (ExchangeRow r : rows) {
            assertEquals("camp1-acct3", r.account());
            assertEquals("synthetic.jsonl", r.sourceFile());
            assertTrue(r.sourceLine() > 0);
        }
    }
}
