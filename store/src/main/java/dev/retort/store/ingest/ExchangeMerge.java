package dev.retort.store.ingest;

import java.sql.SQLException;

/**
 * Fills the unknown fields of a stored exchange from a new record with the same request id (how CloudTrail adds
 * IP, user agent and key to a Bedrock invocation, in whichever order the files come), keeping the rollups right.
 */
final class ExchangeMerge {
    private final ExchangeTable.Stored stored;
    private final Exchange incoming;
    private final long account;
    private final long simhash;

    ExchangeMerge(ExchangeTable.Stored stored, Exchange incoming, long account, long simhash) {
        this.stored = stored;
        this.incoming = incoming;
        this.account = account;
        this.simhash = simhash;
    }

    /** Returns true when the record added anything to the stored exchange. */
    boolean apply(Dictionary keys, Dictionary ips, Dictionary userAgents, Dictionary models, ExchangeTable table,
                  Rollups rollups) throws SQLException {
        Long acc = fill(stored.accountId(), account);
        Long accountForKey = stored.accountId() != null ? stored.accountId() : (account >= 0 ? account : -1L);
        Long key = stored.keyId() == null ? known(keys.idOf(incoming.apiKey(), accountForKey)) : null;
        Long ip = stored.ipId() == null ? known(ips.idOf(incoming.ip())) : null;
        Long ua = stored.uaId() == null ? known(userAgents.idOf(incoming.userAgent())) : null;
        Long model = stored.modelId() == null ? known(models.idOf(incoming.model())) : null;
        Long in = fill(stored.tokensIn(), incoming.tokensIn());
        Long out = fill(stored.tokensOut(), incoming.tokensOut());
        Long status = fill(stored.status(), incoming.status());
        Long latency = fill(stored.latencyMs(), incoming.latencyMs());
        Long sim = stored.simhash() == null && incoming.prompt() != null ? simhash : null;
        boolean any = acc != null || key != null || ip != null || ua != null || model != null || in != null
                || out != null || status != null || latency != null || sim != null;
        if (!any) {
            return false;
        }
        keys.flush();
        ips.flush();
        userAgents.flush();
        models.flush();
        table.fill(stored.id(), acc, key, ip, ua, model, in, out, status, latency, sim);
        if (acc != null) { // newly attributed: count the whole exchange for its account
            long tin = stored.tokensIn() != null ? stored.tokensIn() : (in != null ? in : 0);
            long tout = stored.tokensOut() != null ? stored.tokensOut() : (out != null ? out : 0);
            rollups.add(acc, stored.ts(), 1, (int) tin, (int) tout);
        } else if (stored.accountId() != null && (in != null || out != null)) {
            rollups.add(stored.accountId(), stored.ts(), 0, in != null ? in.intValue() : 0,
                    out != null ? out.intValue() : 0);
        }
        return true;
    }

    private static Long fill(Long storedValue, long incomingValue) {
        return storedValue == null && incomingValue >= 0 ? incomingValue : null;
    }

    private static Long known(long id) {
        return id >= 0 ? id : null;
    }
}
