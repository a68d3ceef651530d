package dev.retort.importers.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.importers.accounts.AccountField;
import dev.retort.importers.golden.ListSink;
import dev.retort.store.ingest.AccountRow;
import dev.retort.store.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountMappingTest {

    private static ListSink parse(SavedMapping m, String text) throws IOException {
        ListSink sink = new ListSink();
        m.format().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink, Progress.NONE);
        return sink;
    }

    private static IllegalArgumentException refused(String json) {
        return assertThrows(IllegalArgumentException.class, () -> SavedMapping.fromJson(json));
    }

    @Test
    void exampleMappingLoadsAsAnAccountMappingWithEveryColumnAndItsTimeSettings() throws IOException {
        AccountMapping m = assertInstanceOf(AccountMapping.class, SavedMapping.load(ExampleMappings.accounts()));
        assertEquals("uid", m.column(AccountField.ACCOUNT_ID));
        assertEquals("kyc_ok", m.column(AccountField.VERIFIED));
        assertEquals(AccountField.values().length, m.columns().size());
        assertEquals(';', m.delimiter());
        assertEquals("dd.MM.yyyy HH:mm", m.timeFormat());
        assertEquals("Europe/Berlin", m.zone().getId());
        assertTrue(m.problems().isEmpty(), m.problems()::toString);
    }

    @Test
    void savedAccountMappingLoadsBackEqual(@TempDir Path dir) throws IOException {
        SavedMapping m = SavedMapping.load(ExampleMappings.accounts());
        Path copy = dir.resolve("m.json");
        m.save(copy);
        SavedMapping back = SavedMapping.load(copy);
        assertEquals(m, back);
        assertEquals(m.toJson(), back.toJson());
        assertEquals(m, AccountMapping.load(copy));
        assertTrue(Files.readString(copy).contains("\"kind\" : \"accounts\""));
    }

    @Test
    void mappingWithoutKindIsStillAnExchangeMapping() {
        SavedMapping m = SavedMapping.fromJson("{\"layout\":\"csv\",\"columns\":{\"timestamp\":\"t\"}}");
        assertInstanceOf(ColumnMapping.class, m);
        assertEquals("t", ((ColumnMapping) m).column(Field.TIMESTAMP));
    }

    @Test
    void accountMappingIsNotTakenForAnExchangeMapping() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.fromJson(
                "{\"kind\":\"accounts\",\"columns\":{\"account_id\":\"uid\"}}"));
        assertTrue(e.getMessage().contains("account exports"), e.getMessage());
    }

    @Test
    void unknownTopLevelKeyIsNamed() {
        String m = refused("{\"kind\":\"accounts\",\"delimeter\":\";\",\"columns\":{\"account_id\":\"uid\"}}")
                .getMessage();
        assertTrue(m.contains("unknown key 'delimeter'"), m);
    }

    @Test
    void unknownAccountFieldIsNamedWithTheKnownOnes() {
        String m = refused("{\"kind\":\"accounts\",\"columns\":{\"account_id\":\"uid\",\"signup\":\"s\"}}")
                .getMessage();
        assertTrue(m.contains("unknown field 'signup'") && m.contains("created_at"), m);
    }

    @Test
    void unknownKindIsNamed() {
        assertTrue(refused("{\"kind\":\"payments\",\"columns\":{}}").getMessage().contains("'payments'"));
    }

    @Test
    void loadErrorNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"),
                "{\"kind\":\"accounts\",\"colums\":{\"account_id\":\"uid\"}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SavedMapping.load(file));
        assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("'colums'"), e.getMessage());
    }

    @Test
    void mappingWithoutAnAccountIdIsNotUsable() {
        SavedMapping m = SavedMapping.fromJson("{\"kind\":\"accounts\",\"columns\":{\"email\":\"mail\"}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::format);
        assertTrue(e.getMessage().contains("account_id is not mapped"), e.getMessage());
    }

    @Test
    void onlyTheMappedColumnsAreReadAndOthersLeftEmpty() throws IOException {
        SavedMapping m = SavedMapping.fromJson("{\"kind\":\"accounts\",\"columns\":{\"account_id\":\"uid\","
                + "\"country\":\"geo\"}}");
        ListSink sink = parse(m, "geo,email,uid\nDE,x@example.com,acct-9\n");
        assertEquals(1, sink.accounts.size());
        AccountRow a = sink.accounts.get(0);
        assertEquals("acct-9", a.account());
        assertEquals("DE", a.country());
        assertNull(a.email(), "email is not in the mapping, so the file's email column is not read");
        assertEquals(-1, a.createdAtMillis());
    }

    @Test
    void headerLackingMappedColumnsIsRefusedNamingThem() throws IOException {
        SavedMapping m = SavedMapping.load(ExampleMappings.accounts());
        String head = "uid;signup_ts;mail;cc_hash;country;org;kyc_ok\nacct-1;;;;;;\n";
        String why = m.format().refusal(head);
        assertTrue(why != null && why.contains("[geo, tenant]"), why);
        MappingMismatchException e = assertThrows(MappingMismatchException.class, () -> parse(m, head));
        assertTrue(e.getMessage().contains("[geo, tenant]"), e.getMessage());
        assertNull(m.format().refusal("uid;signup_ts;mail;cc_hash;geo;tenant;kyc_ok\n"));
    }

    @Test
    void tabDelimitedExportWithoutHeaderIsReadByPosition() throws IOException {
        SavedMapping m = SavedMapping.fromJson("{\"kind\":\"accounts\",\"delimiter\":\"tab\",\"header\":false,"
                + "\"time\":{\"format\":\"epoch_s\"},\"columns\":{\"account_id\":\"2\",\"created_at\":\"1\"}}");
        ListSink sink = parse(m, "1772323200\tacct-1\n1772323201\n");
        assertEquals(1, sink.accounts.size());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(), sink.accounts.get(0).createdAtMillis());
        assertEquals(1, sink.quarantined.size());
        assertEquals("expected 2 columns, found 1", sink.quarantined.get(0).reason());
    }

    @Test
    void jsonLinesExportIsReadThroughDottedPaths() throws IOException {
        SavedMapping m = SavedMapping.fromJson("{\"kind\":\"accounts\",\"layout\":\"jsonl\",\"columns\":{"
                + "\"account_id\":\"user.id\",\"created_at\":\"user.signup\",\"verified\":\"kyc.ok\","
                + "\"country\":\"geo\"}}");
        ListSink sink = parse(m, """
                {"user":{"id":"acct-1","signup":"2026-03-01T00:00:00Z"},"kyc":{"ok":true},"geo":"US"}
                {"user":{"signup":"2026-03-01T00:00:00Z"}}
                {"user":{"id":"acct-2","signup":"soon"}}
                """);
        assertEquals(1, sink.accounts.size());
        AccountRow a = sink.accounts.get(0);
        assertEquals("acct-1", a.account());
        assertEquals(Boolean.TRUE, a.verified());
        assertEquals("US", a.country());
        assertEquals(2, sink.quarantined.size());
        assertEquals("no account id", sink.quarantined.get(0).reason());
        assertEquals(3, sink.quarantined.get(1).line());
    }
}
