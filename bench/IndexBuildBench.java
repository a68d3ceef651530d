import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Index-build benchmark (not a test): drops the two secondary indexes of an imported case and builds them again,
 * once per setting given as CACHE,THREADS (PRAGMA cache_size, negative = KiB; PRAGMA threads), the way an import
 * builds them after a bulk load (rollback journal, exclusive). The case ends with its indexes rebuilt and in WAL
 * mode, as before. Run through bench/index-build-bench.sh.
 */
public final class IndexBuildBench {
    /** The case's own definition of an index, so the benchmark builds exactly what an import builds. */
    private static String indexSql(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '"
                + name + "'")) {
            if (!rs.next()) {
                throw new IllegalStateException("the case has no index " + name + " (an import still running?)");
            }
            return rs.getString(1);
        }
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 2) {
            System.err.println("usage: IndexBuildBench CASE CACHE,THREADS...   e.g. C.retort -262144,2 -2000,4");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement st = c.createStatement()) {
            st.executeQuery("PRAGMA journal_mode = TRUNCATE").close();
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("PRAGMA synchronous = FULL");
            String accountTs = indexSql(st, "exchanges_account_ts");
            String ts = indexSql(st, "exchanges_ts");
            for (int i = 1; i < args.length; i++) {
                String[] setting = args[i].split(",");
                st.execute("DROP INDEX exchanges_account_ts");
                st.execute("DROP INDEX exchanges_ts");
                st.execute("PRAGMA cache_size = " + Integer.parseInt(setting[0]));
                st.execute("PRAGMA threads = " + Integer.parseInt(setting[1]));
                long t0 = System.nanoTime();
                st.execute(accountTs);
                long t1 = System.nanoTime();
                st.execute(ts);
                long t2 = System.nanoTime();
                System.out.printf("cache_size %s, threads %s: (account_id, ts) %.2f s + (ts) %.2f s = %.2f s%n",
                        setting[0], setting[1], (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
            }
            st.execute("PRAGMA locking_mode = NORMAL");
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                rs.next();
            }
        }
    }
}
