package dev.retort.importers.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-04-01T10:00:00Z|2026-04-01T10:00:00Z",
            "2026-04-01T10:00:00.123456Z|2026-04-01T10:00:00.123Z",
            "2026-04-01T10:00:00.1Z|2026-04-01T10:00:00.100Z",
            "2026-04-01 10:00:00.12Z|2026-04-01T10:00:00.120Z",
            "2024-02-29T23:59:59Z|2024-02-29T23:59:59Z",
            "1969-12-31T23:59:59.999Z|1969-12-31T23:59:59.999Z",
            "2026-04-01 10:00:00|2026-04-01T10:00:00Z",
            "2026-04-01 10:00:00.5|2026-04-01T10:00:00.500Z",
            "2026-04-01T12:00:00+02:00|2026-04-01T10:00:00Z",
            "2026-04-01T12:00:00+0200|2026-04-01T10:00:00Z",
            "2026-04-01 10:00|2026-04-01T10:00:00Z",
            "2026-04-01|2026-04-01T00:00:00Z",
            "1775037600|2026-04-01T10:00:00Z",
            "1775037600.25|2026-04-01T10:00:00.250Z",
            "1775037600000|2026-04-01T10:00:00Z",
            "1775037600000000|2026-04-01T10:00:00Z",
            "1775037600000000000|2026-04-01T10:00:00Z",
    })
    void autoReadsIsoAndEpochInAnyUnit(String text, String expected) {
        assertEquals(Instant.parse(expected).toEpochMilli(), TimeParser.auto().millis(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yesterday", "2026-13-01T00:00:00Z", "2026-04-31", "2026-04-31T00:00:00Z",
            "2025-02-29T00:00:00Z", "2026-04-01T24:00:00Z", "2026-04-01T10:00:00.1x2Z", "-5",
            "0", "12", "''"})
    void autoRefusesWhatIsNotATime(String text) {
        assertEquals(-1, TimeParser.auto().millis(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "auto|UTC|2026-04-01 10:00:00|2026-04-01T10:00:00Z",
            "auto|America/New_York|2026-04-01 10:00:00|2026-04-01T14:00:00Z",
            "auto|America/New_York|2026-04-01T10:00:00Z|2026-04-01T10:00:00Z",
            "epoch_s|UTC|1775037600|2026-04-01T10:00:00Z",
            "epoch_ms|UTC|1775037600000|2026-04-01T10:00:00Z",
            "epoch_us|UTC|1775037600000000|2026-04-01T10:00:00Z",
            "epoch_ns|UTC|1775037600000000000|2026-04-01T10:00:00Z",
            "dd/MM/yyyy HH:mm|Europe/Paris|01/04/2026 12:00|2026-04-01T10:00:00Z",
            "dd.MM.yyyy HH:mm|UTC|29.02.2024 10:00|2024-02-29T10:00:00Z",
            "'yyyy' yyyy-MM-dd|UTC|yyyy 2026-04-01|2026-04-01T00:00:00Z",
            "G yyyy-MM-dd HH:mm|UTC|AD 2026-04-01 10:00|2026-04-01T10:00:00Z",
    })
    void explicitFormatsAndZones(String format, String zone, String text, String expected) {
        assertEquals(Instant.parse(expected).toEpochMilli(), new TimeParser(format, ZoneId.of(zone)).millis(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dd.MM.yyyy HH:mm|31.02.2026 10:00", "dd.MM.yyyy HH:mm|29.02.2025 10:00",
            "yyyy-MM-dd|2026-04-31", "dd/MM/yyyy HH:mm|01/13/2026 10:00"})
    void explicitFormatRefusesImpossibleDatesInsteadOfMovingThem(String format, String text) {
        assertEquals(-1, new TimeParser(format, ZoneId.of("UTC")).millis(text));
    }
}
