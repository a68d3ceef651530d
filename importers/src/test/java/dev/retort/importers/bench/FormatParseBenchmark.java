package dev.retort.importers.bench;

import dev.retort.importers.LogFormat;
import dev.retort.importers.RecordSink;
import dev.retort.importers.bedrock.BedrockFormat;
import dev.retort.importers.cloudtrail.CloudTrailFormat;
import dev.retort.importers.litellm.LiteLlmFormat;
import dev.retort.importers.mapping.MappedCsvFormat;
import dev.retort.importers.nginx.NginxFormat;
import dev.retort.importers.otlp.OtlpFormat;
import dev.retort.store.ingest.AccountRow;
import dev.retort.store.ingest.Exchange;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse-only throughput of the LiteLLM, OTLP, Bedrock, CloudTrail, nginx and CSV importers on a generated directory: no case
 * file, a sink that only counts. Not a test (it never gates a build); run it by hand:
 * <pre>java -cp importers/target/test-classes:importers/target/classes:$(deps) \
 *     dev.retort.importers.bench.FormatParseBenchmark DIR...</pre>
 * Each directory is read twice; the second pass is reported (the first warms the JIT). Wall time and the reading
 * thread's CPU time are both shown: on a shared, loaded machine the CPU rate is the one to compare.
 */
public final class FormatParseBenchmark {

    private FormatParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        for (String dir : args) {
            for (String prefix : List.of("litellm-", "otlp-", "bedrock-", "cloudtrail-", "nginx-", "csv-")) {
                List<Path> files;
                try (Stream<Path> s = Files.list(Path.of(dir))) {
                    files = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
                }
                if (files.isEmpty()) {
                    continue;
                }
                run(prefix, files);
                long[] r = run(prefix, files);
                double secs = r[3] / 1e9;
                double cpu = r[4] / 1e9;
                System.out.printf("%-11s %,11d records %,7d quarantined %,8.1f MB | wall %6.2f s %,9.0f rec/s"
                                + " %6.1f MB/s | cpu %6.2f s %,9.0f rec/s %6.1f MB/s%n",
                        prefix.substring(0, prefix.length() - 1), r[0], r[1], r[2] / 1e6, secs, r[0] / secs,
                        r[2] / 1e6 / secs, cpu, r[0] / cpu, r[2] / 1e6 / cpu);
            }
        }
    }

    private static long[] run(String prefix, List<Path> files) throws IOException {
        long[] counts = new long[5];
        RecordSink sink = new RecordSink() {
            @Override
            public void exchange(Exchange exchange) {
                counts[0]++;
            }

            @Override
            public void account(AccountRow account) {
                counts[0]++;
            }

            @Override
            public void quarantine(long line, String reason, String raw) {
                counts[1]++;
            }
        };
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Path f : files) {
            counts[2] += Files.size(f);
            try (InputStream in = Files.newInputStream(f)) {
                format(prefix).parse(in, sink, Progress.NONE);
            }
        }
        counts[3] = System.nanoTime() - t0;
        counts[4] = mx.getCurrentThreadCpuTime() - c0;
        return counts;
    }

    private static LogFormat format(String prefix) {
        return switch (prefix) {
            case "litellm-" -> new LiteLlmFormat();
            case "otlp-" -> new OtlpFormat();
            case "bedrock-" -> new BedrockFormat();
            case "cloudtrail-" -> new CloudTrailFormat();
            case "nginx-" -> new NginxFormat();
            default -> new MappedCsvFormat();
        };
    }
}
