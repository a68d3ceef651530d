package dev.retort.analysis;

import dev.retort.store.StoreException;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the analysis's in-memory view of a case in one streaming pass over the exchanges (no sort, no temporary
 * table), plus a small per-account sample of prompt texts for classification. Memory is bounded per account.
 */
final class CaseLoader {
    private static final int TEXT_BATCH = 400;

    private final Connection conn;
    private final AnalysisConfig cfg;
    private final Progress progress;

    CaseLoader(Connection conn, AnalysisConfig cfg, Progress progress) {
        this.conn = conn;
        this.cfg = cfg;
        this.progress = progress;
    }

    CaseData load() {
        try {
            try (Statement st = conn.createStatement()) {
                st.execute("PRAGMA mmap_size = 1073741824");
                st.execute("PRAGMA cache_size = -65536");
            }
            long start = single("SELECT MIN(ts) FROM exchanges");
            long end = single("SELECT MAX(ts) FROM exchanges");
            long total = single("SELECT COALESCE(SUM(exchange_count), 0) FROM accounts");
            CaseData data = new CaseData(start, end);
            AccountProfile[] byId = accounts(data);
            String[] ips = dictionary("SELECT id, ip FROM ips");
            String[] uas = dictionary("SELECT id, ua FROM user_agents");
            String[] models = dictionary("SELECT id, name FROM models");
            String[] keys = dictionary("SELECT id, key FROM api_keys");
            scan(data, byId, ips, uas, models, keys, total);
            texts(data);
            return data;
        } catch (SQLException e) {
            throw new StoreException("cannot read the case for analysis: " + e.getMessage(), e);
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private AccountProfile[] accounts(CaseData data) throws SQLException {
        String sql = """
                SELECT id, account, created_at, email, payment_fingerprint, country, org_id, verified
                FROM accounts ORDER BY id
                """;
        AccountProfile[] byId = new AccountProfile[(int) single("SELECT COALESCE(MAX(id), 0) FROM accounts") + 1];
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AccountProfile p = data.account(rs.getString(2));
                long created = rs.getLong(3);
                p.createdAt = rs.wasNull() ? -1 : created;
                p.email = rs.getString(4);
                p.card = rs.getString(5);
                p.country = rs.getString(6);
                p.org = rs.getString(7);
                int verified = rs.getInt(8);
                p.verified = rs.wasNull() ? null : verified != 0;
                byId[rs.getInt(1)] = p;
            }
        }
        return byId;
    }

    private String[] dictionary(String sql) throws SQLException {
        String[] out = new String[16];
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int id = rs.getInt(1);
                if (id >= out.length) {
                    out = Arrays.copyOf(out, Math.max(id + 1, out.length * 2));
                }
                out[id] = rs.getString(2);
            }
        }
        return out;
    }

    private void scan(CaseData data, AccountProfile[] byId, String[] ips, String[] uas, String[] models,
                      String[] keys, long total) throws SQLException {
        String sql = """
                SELECT id, ts, account_id, key_id, ip_id, ua_id, model_id, tokens_in, tokens_out, prompt_simhash
                FROM exchanges
                """;
        long done = 0;
        int cap = cfg.simhashSamplePerAccount();
        int textSample = cfg.textSamplePerAccount();
        try (Statement st = conn.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    int accountId = rs.getInt(3);
                    if (!rs.wasNull() && accountId < byId.length && byId[accountId] != null) {
                        long id = rs.getLong(1);
                        long simhash = rs.getLong(10);
                        Long sh = rs.wasNull() ? null : simhash;
                        AccountProfile p = byId[accountId];
                        p.exchange(id, rs.getLong(2), data.start, lookup(ips, rs.getInt(5)),
                                lookup(uas, rs.getInt(6)), lookup(keys, rs.getInt(4)), lookup(models, rs.getInt(7)),
                                intOrMinus(rs, 8), intOrMinus(rs, 9), sh, cap);
                        if (sh != null) {
                            p.offerSample(id, textSample);
                        }
                    }
                    if (++done % 500_000 == 0) {
                        if (progress.isCancelled()) {
                            throw new CancelledException("analysis");
                        }
                        progress.update(done, total, "reading exchanges");
                    }
                }
            }
        }
        progress.update(done, total, "reading exchanges");
    }

    private void texts(CaseData data) throws SQLException {
        List<long[]> pending = new ArrayList<>(); // {exchange id, account index}
        for (AccountProfile p : data.accounts()) {
            for (long id : p.sampleIds) {
                pending.add(new long[] {id, p.index});
            }
        }
        StringBuilder sql = new StringBuilder("SELECT exchange_id, prompt FROM exchange_texts WHERE exchange_id IN (");
        for (int i = 0; i < TEXT_BATCH; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(")");
        java.util.Map<Long, AccountProfile> owner = new java.util.HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int from = 0; from < pending.size(); from += TEXT_BATCH) {
                if (progress.isCancelled()) {
                    throw new CancelledException("analysis");
                }
                owner.clear();
                for (int i = 0; i < TEXT_BATCH; i++) {
                    int k = from + i;
                    long id = k < pending.size() ? pending.get(k)[0] : -1;
                    ps.setLong(i + 1, id);
                    if (k < pending.size()) {
                        owner.put(id, data.accounts().get((int) pending.get(k)[1]));
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        owner.get(id).classified(id, PromptClassifier.classify(rs.getString(2)));
                    }
                }
                progress.update(from, pending.size(), "classifying sampled prompts");
            }
        }
    }

    private static String lookup(String[] dict, int id) {
        return id > 0 && id < dict.length ? dict[id] : null;
    }

    private static int intOrMinus(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? -1 : v;
    }
}
