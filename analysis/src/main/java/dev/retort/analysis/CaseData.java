package dev.retort.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts of a case as the analysis sees them. Built either by {@link CaseLoader} from the case tables or, in
 * tests, by hand through {@link #account(String)} and {@link AccountProfile#exchange}.
 */
final class CaseData {
    final long start;
    final long end;
    private final List<AccountProfile> accounts = new ArrayList<>();
    private final Map<String, AccountProfile> byName = new HashMap<>();

    CaseData(long start, long end) {
        this.start = start;
        this.end = end;
    }

    /** The account with this name, created empty on first use. */
    AccountProfile account(String name) {
        return byName.computeIfAbsent(name, n -> {
            AccountProfile p = new AccountProfile(accounts.size(), n);
            accounts.add(p);
            return p;
        });
    }

    AccountProfile find(String name) {
        return byName.get(name);
    }

    List<AccountProfile> accounts() {
        return Collections.unmodifiableList(accounts);
    }

    long exchanges() {
        long n = 0;
        for (AccountProfile p : accounts) {
            n += p.exchanges;
        }
        return n;
    }

    /** Each model's first use by any account: the best proxy for its release when no release date is known. */
    Map<String, Long> modelFirstSeen() {
        Map<String, Long> out = new HashMap<>();
        for (AccountProfile p : accounts) {
            p.modelFirstUse.forEach((m, t) -> out.merge(m, t, Math::min));
        }
        return out;
    }
}
