package dev.retort.importers.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private final List<String> out = new ArrayList<>();

    private final CsvRecords records = new CsvRecords(',', 1 << 20, new CsvRecords.Listener() {
        @Override
        public void record(long firstLine, List<String> fields, String raw) {
            out.add(firstLine + ":" + fields);
        }

        @Override
        public void broken(long firstLine, String reason, String raw) {
            out.add(firstLine + ":BROKEN " + reason);
        }
    });

    @Test
    void splitsQuotedFieldsWithDelimitersAndDoubledQuotes() {
        assertEquals(List.of("a", "b,c", "say \"hi\"", ""), CsvRecords.split("a,\"b,c\",\"say \"\"hi\"\"\",", ','));
    }

    @Test
    void openQuoteMeansTheRecordIsNotComplete() {
        assertNull(CsvRecords.split("a,\"b", ','));
    }

    @Test
    void quotedLineBreakJoinsLinesAndKeepsTheFirstLineNumber() {
        records.line(1, "a,\"b");
        records.line(2, "c\",d");
        records.line(3, "e,f");
        records.finish();
        assertEquals(List.of("1:[a, b\nc, d]", "3:[e, f]"), out);
    }

    @Test
    void strayQuoteCannotSwallowTheRestOfTheFile() {
        records.line(1, "x,\"never closed");
        for (int i = 2; i <= CsvRecords.MAX_RECORD_LINES + 10; i++) {
            records.line(i, "r" + i + ",v");
        }
        records.finish();
        assertEquals("1:BROKEN unterminated quoted field (no closing quote within 256 lines)", out.get(0));
        assertEquals("2:[r2, v]", out.get(1));
        assertEquals(CsvRecords.MAX_RECORD_LINES + 10, out.size());
    }

    @Test
    void unterminatedQuoteAtEndOfFileIsBrokenAndLaterLinesAreKept() {
        records.line(1, "a,\"open");
        records.line(2, "b,c");
        records.finish();
        assertEquals(List.of("1:BROKEN unterminated quoted field at end of file", "2:[b, c]"), out);
    }
}
