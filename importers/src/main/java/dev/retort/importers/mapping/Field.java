package dev.retort.importers.mapping;

import java.util.List;

/** The exchange fields a column mapping can fill, with the names it is saved under and the column names it guesses. */
public enum Field {
    TIMESTAMP("timestamp", "Time", true, "timestamp", "time", "ts", "starttime", "start_time", "created_at",
            "datetime", "date", "@timestamp", "request_time"),
    REQUEST_ID("requestId", "Request id", false, "request_id", "requestid", "id", "call_id", "response_id"),
    ACCOUNT("account", "Account", false, "account_id", "account", "user", "user_id", "userid", "customer_id",
            "org_user", "end_user"),
    API_KEY("apiKey", "API key", false, "api_key", "apikey", "key", "key_id", "api_key_hash", "token_hash"),
    IP("ip", "IP address", false, "ip", "ip_address", "client_ip", "remote_addr", "source_ip", "requester_ip_address"),
    USER_AGENT("userAgent", "User agent", false, "user_agent", "useragent", "ua", "http_user_agent"),
    MODEL("model", "Model", false, "model", "model_id", "model_name"),
    TOKENS_IN("tokensIn", "Tokens in", false, "tokens_in", "prompt_tokens", "input_tokens"),
    TOKENS_OUT("tokensOut", "Tokens out", false, "tokens_out", "completion_tokens", "output_tokens"),
    STATUS("status", "Status", false, "status", "status_code", "http_status"),
    LATENCY_MS("latencyMs", "Latency (ms)", false, "latency_ms", "latency", "duration_ms", "request_duration_ms"),
    PROMPT("prompt", "Prompt text", false, "prompt", "input", "messages", "request"),
    RESPONSE("response", "Response text", false, "response", "output", "completion");

    private final String key;
    private final String label;
    private final boolean required;
    private final List<String> synonyms;

    Field(String key, String label, boolean required, String... synonyms) {
        this.key = key;
        this.label = label;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** The name used in a saved mapping ("tokensIn"). */
    public String key() {
        return key;
    }

    /** What the mapping dialog shows. */
    public String label() {
        return label;
    }

    /** True when a mapping without this field cannot import anything. */
    public boolean required() {
        return required;
    }

    /** Source column names (lower case) that {@link ColumnMapping#guess} maps to this field, best first. */
    public List<String> synonyms() {
        return synonyms;
    }

    /** True for the fields that hold whole numbers. */
    public boolean numeric() {
        return this == TOKENS_IN || this == TOKENS_OUT || this == STATUS || this == LATENCY_MS;
    }

    public static Field ofKey(String key) {
        for (Field f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
