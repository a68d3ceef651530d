package dev.retort.importers.accounts;

import java.util.Arrays;
import java.util.List;

/** The columns of an account export, under the names Retort's own export uses and a saved mapping keys them by. */
public enum AccountField {
    ACCOUNT_ID("account_id"),
    CREATED_AT("created_at"),
    EMAIL("email"),
    PAYMENT_FINGERPRINT("payment_fingerprint"),
    COUNTRY("country"),
    ORG_ID("org_id"),
    VERIFIED("verified");

    private final String key;

    AccountField(String key) {
        this.key = key;
    }

    /** The name in Retort's export and in a saved mapping ("payment_fingerprint"). */
    public String key() {
        return key;
    }

    public static AccountField ofKey(String key) {
        for (AccountField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** Every key, in column order, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(AccountField::key).toList();
    }
}
