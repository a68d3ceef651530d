package dev.retort.importers.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which CSV column holds which account field, found from the header through the known aliases. */
final class ColumnMap {
    private final Map<AccountField, Integer> roles = new HashMap<>();

    static ColumnMap of(List<String> header) {
        ColumnMap m = new ColumnMap();
        for (Map.Entry<AccountField, List<String>> role : AccountExportFormat.ALIASES.entrySet()) {
            for (String alias : role.getValue()) {
                int i = indexOf(header, alias);
                if (i >= 0) {
                    m.roles.put(role.getKey(), i);
                    break;
                }
            }
        }
        return m;
    }

    private static int indexOf(List<String> header, String alias) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().replace("\"", "").replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            if (h.equals(alias)) {
                return i;
            }
        }
        return -1;
    }

    int index(AccountField role) {
        return roles.getOrDefault(role, -1);
    }

    int known() {
        return roles.size();
    }

    /** The field for a role, stripped; null when the column is absent or the value empty. */
    String get(List<String> fields, AccountField role) {
        int i = index(role);
        if (i < 0 || i >= fields.size()) {
            return null;
        }
        String v = fields.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
