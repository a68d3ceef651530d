package dev.retort.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The API gateway's nginx "combined" access log: the account is {@code $remote_user}; no text, no tokens. */
final class NginxWriter extends RecordWriter {

    private int out;

    @Override
    void openFiles(Path dir, LocalDate day, boolean gzip) throws IOException {
        out = file(dir.resolve(Format.NGINX.fileName(day, gzip)), gzip);
    }

    @Override
    void write(Call c) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(c.ip).append(" - ").append(c.account.id).append(" [");
        text.nginx(sb, c.ts);
        int bytes = c.ok() ? 320 + c.response.length() + c.tokensOut * 3 : c.status == 429 ? 154 : 178;
        sb.append("] \"POST ").append(c.reply == Prompts.Reply.COMPLETION ? "/v1/completions" : "/v1/chat/completions")
                .append(" HTTP/1.1\" ").append(c.status).append(' ').append(bytes).append(" \"-\" \"");
        String ua = c.account.userAgent;
        for (int i = 0; i < ua.length(); i++) {
            char ch = ua.charAt(i);
            sb.append(ch == '"' ? '\'' : ch);
        }
        sb.append('"');
        emit(out, sb);
    }
}
