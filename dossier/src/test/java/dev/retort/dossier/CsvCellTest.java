package dev.retort.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dossier.render.CsvExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(1)|'=HYPERLINK(1)",
            "+1+2|'+1+2",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "plain|plain",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=1,2|\"'=1,2\"",
    })
    void formulaLeadersAreNeutralisedAndSeparatorsQuoted(String in, String out) {
        assertEquals(out, CsvExport.cell(in));
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
        assertEquals("'\t=1", CsvExport.cell("\t=1"));
        assertEquals("\"'\r=1\"", CsvExport.cell("\r=1"));
    }
}
