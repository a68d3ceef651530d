package dev.retort.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * LiteLLM spend-log rows with the fixture's field names and order; metadata, messages and response are JSON-encoded
 * strings as in LiteLLM. Metadata keeps the keys importers read plus a few realistic ones.
 */
final class LiteLlmWriter extends RecordWriter {

    private int out;

    @Override
    void openFiles(Path dir, LocalDate day, boolean gzip) throws IOException {
        out = file(dir.resolve(Format.LITELLM.fileName(day, gzip)), gzip);
    }

    @Override
    void write(Call c) throws IOException {
        Account a = c.account;
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("{\"request_id\":\"chatcmpl-");
        Rng.appendUuid(sb, c.idHi, c.idLo);
        sb.append("\",\"session_id\":\"");
        Rng.appendHex(sb, Rng.mix(a.index * 7919L + c.ts / 1_800_000L), 16);
        sb.append("\",\"call_type\":\"acompletion\",\"api_key\":\"").append(c.key)
                .append("\",\"cache_hit\":\"False\",\"startTime\":\"");
        text.spaced(sb, c.ts, c.micros);
        sb.append("\",\"endTime\":\"");
        text.spaced(sb, c.ts + c.latencyMs, c.micros);
        sb.append("\",\"completionStartTime\":\"");
        text.spaced(sb, c.ts + Math.min(c.latencyMs, 180 + c.latencyMs / 20), c.micros);
        sb.append("\",\"model\":");
        Text.json(sb, c.model);
        sb.append(",\"user\":");
        Text.json(sb, a.id);
        sb.append(",\"team_id\":");
        Text.json(sb, a.orgId);
        sb.append(",\"organization_id\":");
        Text.json(sb, a.orgId);
        sb.append(",\"metadata\":");
        Text.json(sb, metadata(c));
        double spend = c.tokensIn * 2.5e-6 + c.tokensOut * 1e-5;
        sb.append(",\"cache_key\":\"Cache OFF\",\"spend\":").append(Math.round(spend * 1e7) / 1e7)
                .append(",\"total_tokens\":").append(c.tokensIn + c.tokensOut)
                .append(",\"prompt_tokens\":").append(c.tokensIn)
                .append(",\"completion_tokens\":").append(c.tokensOut)
                .append(",\"request_tags\":\"[]\",\"end_user\":\"\",\"api_base\":\"\"")
                .append(",\"model_group\":");
        Text.json(sb, c.model);
        sb.append(",\"model_id\":\"\",\"requester_ip_address\":");
        Text.json(sb, c.ip);
        sb.append(",\"custom_llm_provider\":\"openai\",\"messages\":");
        StringBuilder in = inner;
        in.setLength(0);
        in.append("[{\"role\":\"user\",\"content\":");
        Text.json(in, c.prompt);
        in.append("}]");
        Text.json(sb, in);
        sb.append(",\"response\":");
        in.setLength(0);
        if (c.ok()) {
            in.append("{\"choices\":[{\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":");
            Text.json(in, c.response);
            in.append("}}]}");
        } else {
            in.append("{}");
        }
        Text.json(sb, in);
        sb.append(",\"proxy_server_request\":\"{}\",\"status\":\"").append(c.ok() ? "success" : "failure")
                .append("\",\"mcp_namespaced_tool_name\":null,\"agent_id\":null}");
        emit(out, sb);
    }

    private String metadata(Call c) {
        Account a = c.account;
        StringBuilder m = inner;
        m.setLength(0);
        m.append('{');
        if (!a.orgId.isEmpty()) {
            m.append("\"user_api_key_team_id\":");
            Text.json(m, a.orgId);
            m.append(",\"user_api_key_org_id\":");
            Text.json(m, a.orgId);
            m.append(',');
        }
        m.append("\"user_api_key_user_id\":");
        Text.json(m, a.id);
        m.append(",\"requester_ip_address\":");
        Text.json(m, c.ip);
        m.append(",\"user_agent\":");
        Text.json(m, a.userAgent);
        m.append(",\"status\":\"").append(c.ok() ? "success" : "failure")
                .append("\",\"usage_object\":{\"completion_tokens\":").append(c.tokensOut)
                .append(",\"prompt_tokens\":").append(c.tokensIn)
                .append(",\"total_tokens\":").append(c.tokensIn + c.tokensOut)
                .append("}}");
        return m.toString();
    }
}
