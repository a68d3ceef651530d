package dev.retort.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The CSV importer's default layout; prompt and response are quoted as RFC 4180 says. */
final class CsvWriter extends RecordWriter {

    static final String HEADER = "timestamp,request_id,account_id,api_key,ip,user_agent,model,tokens_in,tokens_out,"
            + "status,latency_ms,prompt,response";

    private int out;

    @Override
    void openFiles(Path dir, LocalDate day, boolean gzip) throws IOException {
        out = file(dir.resolve(Format.CSV.fileName(day, gzip)), gzip);
        line.setLength(0);
        line.append(HEADER);
        emit(out, line);
    }

    @Override
    void write(Call c) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        text.isoMillis(sb, c.ts);
        sb.append(',');
        Rng.appendUuid(sb, c.idHi, c.idLo);
        sb.append(',').append(c.account.id).append(',').append(c.key).append(',').append(c.ip).append(',');
        Text.csv(sb, c.account.userAgent);
        sb.append(',').append(c.model).append(',').append(c.tokensIn).append(',').append(c.tokensOut).append(',')
                .append(c.status).append(',').append(c.latencyMs).append(',');
        Text.csv(sb, c.prompt);
        sb.append(',');
        Text.csv(sb, c.response);
        emit(out, sb);
    }
}
