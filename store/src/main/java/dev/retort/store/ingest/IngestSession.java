package dev.retort.store.ingest;

import dev.retort.store.CaseFile;
import dev.retort.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes imported records into a case: one session per import run, one source (file) at a time, from one thread.
 *
 * <p>Records are batched and committed in chunks of {@link IngestOptions#chunkRows()} together with the dictionary
 * entries, rollups and the source's progress ({@code sources.committed_line}), so a killed process leaves a case
 * that opens cleanly and an import that resumes exactly where it stopped. A record whose request id (or content,
 * without one) is already in the case fills in the stored exchange's unknown fields, or counts as a duplicate.
 * Into an empty case, secondary indexes are dropped during the load and built at {@link #finish()} (the
 * de-duplication index only once a possible duplicate needs it).
 */
public final class IngestSession implements AutoCloseable {

    /**
     * Rows (exchanges and texts) handed to SQLite at a time inside a chunk's transaction. Each batch writes its
     * exchanges, then their texts, so the exchanges table lies in runs of about 1.5 MB between the texts' pages;
     * with 2,000 they were 100 KB runs, and building the indexes after a load too big for the page cache read most
     * of the file from disk twice (ADR 0077). About 20 MB of texts wait in memory at most.
     */
    static final int BATCH_ROWS = 32_768;

    private final CaseFile caseFile;
    private final Connection conn;
    private final IngestOptions options;
    private final boolean autoCommitBefore;
    private final AccountDirectory accounts;
    private final Dictionary keys;
    private final Dictionary ips;
    private final Dictionary userAgents;
    private final Dictionary models;
    private final ExchangeTable table;
    private final Rollups rollups;
    private final LongHashSet seen;
    private final long ftsIndexedUpto;
    private final boolean exclusiveLoad;
    private boolean dedupIndexPresent;
    private boolean indexesDropped;
    private long nextExchangeId;

    // The source being imported.
    private SourceDescriptor source;
    private long sourceId = -1;
    private long skipUpTo;
    private long lastLine;
    private long rowsSinceCommit;
    private long imported;
    private long merged;
    private long duplicate;
    private long quarantined;
    private Map<Long, Integer> occurrences = new HashMap<>();

    private IngestSession(CaseFile caseFile, IngestOptions options) throws SQLException {
        this.caseFile = caseFile;
        this.conn = caseFile.connection();
        this.options = options;
        this.autoCommitBefore = conn.getAutoCommit();
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA cache_size = -262144"); // 256 MB of page cache (native memory) while importing
        }
        exclusiveLoad = options.exclusive() && autoCommitBefore && LoadJournal.takeAlone(conn);
        conn.setAutoCommit(false);
        if (ExchangeTable.isEmpty(conn)) {
            ExchangeTable.dropIndexes(conn);
            conn.commit();
            indexesDropped = true;
            seen = new LongHashSet(1 << 16);
        } else {
            ExchangeTable.createIndexes(conn); // a killed bulk load may have left them dropped
            conn.commit();
            dedupIndexPresent = ExchangeTable.hasDedupIndex(conn);
            seen = ExchangeTable.loadKeys(conn);
        }
        nextExchangeId = ExchangeTable.maxId(conn) + 1;
        accounts = new AccountDirectory(conn);
        keys = new Dictionary(conn, "api_keys", "key", "account_id");
        ips = new Dictionary(conn, "ips", "ip");
        userAgents = new Dictionary(conn, "user_agents", "ua");
        models = new Dictionary(conn, "models", "name");
        table = new ExchangeTable(conn);
        rollups = new Rollups(conn);
        ftsIndexedUpto = Scalar.of(conn, "SELECT indexed_upto FROM fts_state WHERE id = 1");
    }

    public static IngestSession open(CaseFile caseFile, IngestOptions options) {
        try {
            return new IngestSession(caseFile, options);
        } catch (SQLException e) {
            throw new StoreException("cannot start an import into " + caseFile.path(), e);
        }
    }

    /**
     * Registers a file, or finds it already imported (a no-op) or half imported (resumed). {@code fullSha256} is
     * asked only when a complete source has the same quick key, to confirm it is the same file.
     */
    public SourceStart beginSource(SourceDescriptor d, java.util.function.Supplier<String> fullSha256) {
        if (sourceId >= 0) {
            throw new IllegalStateException("finish the current source first");
        }
        try {
            SourceStart start = new SourceLedger(conn, caseFile).begin(d, fullSha256);
            if (start.alreadyImported()) {
                caseFile.audit().record("import.unchanged", d.path(),
                        "{\"source_id\":" + start.sourceId() + ",\"reason\":\"same SHA-256 already imported\"}");
                conn.commit();
                return start;
            }
            source = d;
            sourceId = start.sourceId();
            skipUpTo = start.resumeAfterLine();
            lastLine = skipUpTo;
            rowsSinceCommit = 0;
            occurrences = new HashMap<>();
            long[] counts = SourceLedger.counts(conn, sourceId);
            imported = counts[0];
            merged = counts[1];
            duplicate = counts[2];
            quarantined = counts[3];
            return start;
        } catch (SQLException e) {
            throw failure("cannot register source " + d.fileName(), e);
        }
    }

    /** Adds one exchange read from the current source. {@code simhash} counts only when the prompt is known. */
    public void exchange(Exchange e, long simhash) {
        long key = dedupKey(e);
        if (e.line() <= skipUpTo) {
            return;
        }
        try {
            boundary(e.line());
            if (e.tsMillis() < 0) {
                quarantineNow(e.line(), "record has no timestamp",
                        e.requestId() == null ? null : "request id " + e.requestId());
                return;
            }
            long account = accounts.idOf(e.account(), sourceId, e.line());
            if (seen.add(key)) {
                insertNew(e, simhash, key, account);
                if (table.pending() >= BATCH_ROWS) {
                    flushAll();
                }
            } else {
                mergeOrInsert(e, simhash, key, account);
            }
            rowsSinceCommit++;
        } catch (SQLException ex) {
            throw failure("cannot store line " + e.line() + " of " + source.fileName(), ex);
        }
    }

    /** Adds or updates one account from an account export. */
    public void account(AccountRow row) {
        if (row.line() <= skipUpTo) {
            return;
        }
        try {
            boundary(row.line());
            switch (accounts.upsert(row, sourceId)) {
                case INSERTED -> imported++;
                case UPDATED -> merged++;
                case UNCHANGED -> duplicate++;
                default -> throw new IllegalStateException();
            }
            rowsSinceCommit++;
        } catch (SQLException ex) {
            throw failure("cannot store account on line " + row.line() + " of " + source.fileName(), ex);
        }
    }

    /** Records a line that could not be read. */
    public void quarantine(long line, String reason, String raw) {
        if (line <= skipUpTo) {
            return;
        }
        try {
            boundary(line);
            quarantineNow(line, reason, raw);
            rowsSinceCommit++;
        } catch (SQLException ex) {
            throw failure("cannot quarantine line " + line + " of " + source.fileName(), ex);
        }
    }

    /**
     * Ends the current source: commits the rest, records its SHA-256, marks it complete (or, if {@code cancelled},
     * leaves it resumable; {@code sha256} may then be null) and writes the audit entry.
     */
    public SourceCounts finishSource(long linesRead, boolean cancelled, String sha256) {
        try {
            String status = cancelled ? "cancelled" : "complete";
            long line = cancelled ? lastLine : Math.max(linesRead, lastLine);
            if (sha256 != null) {
                SourceLedger.setSha256(conn, sourceId, sha256);
            }
            SourceCounts counts = new SourceCounts(sourceId, imported, merged, duplicate, quarantined, linesRead,
                    status);
            caseFile.audit().record(cancelled ? "import.cancel" : "import", source.path(),
                    SourceLedger.auditDetail(source, counts, sha256));
            commit(line, status, linesRead); // the last rows, the status and the audit entry: one fsync'd commit
            sourceId = -1;
            source = null;
            return counts;
        } catch (SQLException e) {
            throw failure("cannot finish source", e);
        }
    }

    /**
     * Builds the timeline's and analysis' indexes if this session dropped them. Call once, after the last source.
     * The de-duplication index is built only when a possible duplicate first needs it.
     */
    public void finish() {
        try {
            ExchangeTable.createIndexes(conn);
            conn.commit();
            indexesDropped = false;
        } catch (SQLException e) {
            throw failure("cannot build indexes", e);
        }
    }

    /** Whether this session loads with the case to itself through a rollback journal (see IngestOptions). */
    public boolean exclusiveLoad() {
        return exclusiveLoad;
    }

    /** Exchanges written so far in this session's case (for progress and tests). */
    public long exchangeCount() {
        return nextExchangeId - 1;
    }

    @Override
    public void close() {
        try {
            conn.rollback(); // anything not committed belongs to a chunk that will be redone
            if (indexesDropped) {
                ExchangeTable.createIndexes(conn);
                conn.commit();
            }
            table.close();
            rollups.close();
            accounts.close();
            keys.close();
            ips.close();
            userAgents.close();
            models.close();
            try (Statement st = conn.createStatement()) {
                st.execute("PRAGMA cache_size = -2000");
            }
            conn.setAutoCommit(autoCommitBefore);
            if (exclusiveLoad) {
                LoadJournal.share(conn);
            }
        } catch (SQLException e) {
            throw failure("cannot close the import session", e);
        }
    }

    private long dedupKey(Exchange e) {
        if (e.requestId() != null) {
            return new Hash64().add("r").add(e.requestId()).get();
        }
        long content = new Hash64().add(e.tsMillis()).add(e.account()).add(e.apiKey()).add(e.ip())
                .add(e.userAgent()).add(e.model()).add(e.tokensIn()).add(e.tokensOut()).add(e.status())
                .add(e.latencyMs()).add(e.prompt()).add(e.response()).get();
        if (occurrences.size() > 100_000) {
            occurrences.clear(); // identical lines sit close together; this bounds memory deterministically
        }
        int occurrence = occurrences.merge(content, 1, Integer::sum);
        return new Hash64().add("c").add(content).add(occurrence).get();
    }

    private void boundary(long line) throws SQLException {
        if (line > lastLine) {
            if (rowsSinceCommit >= options.chunkRows()) {
                commit(lastLine, "importing", lastLine);
            }
            lastLine = line;
        }
    }

    private void insertNew(Exchange e, long simhash, long key, long account) throws SQLException {
        long id = nextExchangeId++;
        table.insert(id, e.tsMillis(), account, keys.idOf(e.apiKey(), account), ips.idOf(e.ip()),
                userAgents.idOf(e.userAgent()), models.idOf(e.model()), e.tokensIn(), e.tokensOut(), e.status(),
                e.latencyMs(), e.prompt() != null ? simhash : null, e.requestId(), key, sourceId, e.line());
        if (e.prompt() != null || e.response() != null) {
            writeText(id, e, false);
        }
        rollups.add(account, e.tsMillis(), 1, e.tokensIn(), e.tokensOut());
        imported++;
    }

    private void mergeOrInsert(Exchange e, long simhash, long key, long account) throws SQLException {
        flushAll();
        if (!dedupIndexPresent) {
            ExchangeTable.createDedupIndex(conn); // first possible duplicate of this bulk load
            dedupIndexPresent = true;
        }
        List<ExchangeTable.Stored> candidates = table.findByKey(key);
        ExchangeTable.Stored match = null;
        for (ExchangeTable.Stored s : candidates) {
            boolean same = e.requestId() != null ? e.requestId().equals(s.requestId())
                    : s.requestId() == null && s.ts() == e.tsMillis();
            if (same) {
                match = s;
                break;
            }
        }
        if (match == null) { // a 64-bit hash collision: a genuinely new exchange
            insertNew(e, simhash, key, account);
            return;
        }
        boolean filled = new ExchangeMerge(match, e, account, simhash).apply(keys, ips, userAgents, models, table,
                rollups);
        boolean addsText = !match.hasText() && (e.prompt() != null || e.response() != null);
        if (addsText) {
            writeText(match.id(), e, match.id() <= ftsIndexedUpto);
        }
        if (filled || addsText) {
            merged++;
        } else {
            duplicate++;
        }
    }

    private void writeText(long id, Exchange e, boolean indexNow) throws SQLException {
        String prompt = cap(e.prompt());
        String response = cap(e.response());
        boolean truncated = prompt != e.prompt() || response != e.response();
        table.insertText(id, prompt, response, truncated);
        if (indexNow) {
            table.flush();
            table.indexText(id, prompt, response);
        }
    }

    private String cap(String text) {
        if (text == null || text.length() <= options.textCapChars()) {
            return text;
        }
        return text.substring(0, options.textCapChars());
    }

    private void quarantineNow(long line, String reason, String raw) throws SQLException {
        String kept = raw == null || raw.length() <= options.quarantineRawCap() ? raw
                : raw.substring(0, options.quarantineRawCap());
        table.quarantine(sourceId, line, reason, kept);
        quarantined++;
    }

    private void flushAll() throws SQLException {
        accounts.flush();
        keys.flush();
        ips.flush();
        userAgents.flush();
        models.flush();
        table.flush();
    }

    private void commit(long committedLine, String status, long linesRead) throws SQLException {
        flushAll();
        rollups.flush();
        SourceLedger.saveProgress(conn, sourceId, new long[] {imported, merged, duplicate, quarantined},
                committedLine, linesRead, status, caseFile.clock().instant().toString());
        conn.commit();
        rowsSinceCommit = 0;
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what, e);
    }
}
