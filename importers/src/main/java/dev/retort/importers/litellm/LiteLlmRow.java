package dev.retort.importers.litellm;

import dev.retort.importers.io.Timestamps;
import dev.retort.store.ingest.Exchange;

/**
 * The fields of one LiteLLM spend-log row that Retort keeps, filled by either the JSON or the CSV reader, and the
 * rules that turn them into an {@link Exchange}: account = {@code user}, else {@code user_api_key_user_id}, else
 * team, else organization; times without a zone are UTC; latency from {@code request_duration_ms} or the times.
 */
final class LiteLlmRow {
    String requestId;
    String startTime;
    String endTime;
    long durationMs = -1;
    String model;
    String modelGroup;
    String user;
    String teamId;
    String orgId;
    String apiKey;
    String ip;
    String status;
    int promptTokens = -1;
    int completionTokens = -1;
    String messages;
    String response;
    /** Set by the fast reader, which pulls the texts out while reading: messages and response are then unused. */
    boolean textsRead;
    String promptText;
    String responseText;
    // From metadata.
    String metaUserId;
    String metaTeamId;
    String metaOrgId;
    String metaApiKey;
    String metaIp;
    String userAgent;

    /** The exchange, or null with {@link #problem} set when the row cannot be used. */
    Exchange toExchange(long line, StringBuilder problem) {
        long ts = Timestamps.parseMillis(startTime);
        if (ts < 0) {
            problem.append(startTime == null ? "no startTime" : "bad timestamp '" + clip(startTime) + "'");
            return null;
        }
        int latency = -1;
        if (durationMs >= 0) {
            latency = (int) Math.min(durationMs, Integer.MAX_VALUE);
        } else {
            long end = Timestamps.parseMillis(endTime);
            if (end >= ts) {
                latency = (int) Math.min(end - ts, Integer.MAX_VALUE);
            }
        }
        String account = first(user, metaUserId, teamId, metaTeamId, orgId, metaOrgId);
        String prompt = textsRead ? promptText : LiteLlmText.prompt(messages);
        String answer = textsRead ? responseText : LiteLlmText.response(response);
        return new Exchange(line, ts, blankToNull(requestId), account, first(apiKey, metaApiKey), first(ip, metaIp),
                blankToNull(userAgent), first(model, modelGroup), promptTokens, completionTokens,
                statusCode(status), latency, prompt, answer);
    }

    static int statusCode(String status) {
        if (status == null || status.isBlank()) {
            return -1;
        }
        String s = status.strip().toLowerCase();
        if (s.equals("success")) {
            return 200;
        }
        if (s.equals("failure") || s.equals("error") || s.equals("failed")) {
            return 500;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            String b = blankToNull(v);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("None") || s.equals("null") ? null : s;
    }

    static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
