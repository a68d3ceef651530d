package dev.retort.views.accounts;

import java.util.List;

/** The params of an accounts dossier section: {@code {"accounts":["a","b"]}}, strings JSON-escaped. */
final class AccountListJson {
    private AccountListJson() {
    }

    static String of(List<String> accounts) {
        StringBuilder sb = new StringBuilder("{\"accounts\":[");
        for (int i = 0; i < accounts.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(dev.retort.views.common.JsonText.quote(accounts.get(i)));
        }
        return sb.append("]}").toString();
    }
}
