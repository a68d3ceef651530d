package dev.retort.dossier;

import dev.retort.dossier.model.DossierDocument;
import dev.retort.store.CaseFile;
import dev.retort.store.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * Times the export of a dossier whose campaign has 25,000 accounts, in every format (target: under 30 s). Builds a
 * synthetic case first (not timed), then times assembly and each format separately, then the full signed export.
 * Not a test: it never gates the build. Run it from the dossier module (see docs/dossier.md, "Export time"):
 * {@code mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp "$(cat target/cp.txt):target/classes:target/test-classes" dev.retort.dossier.ExportBenchmark
 * [ACCOUNTS] [EXCHANGES_PER_ACCOUNT]}.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
        int perAccount = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path tmp = Files.createTempDirectory("retort-bench");
        System.setProperty("retort.home", tmp.resolve("home").toString());
        try (CaseFile c = CaseFile.create(tmp.resolve("bench.retort"), "Benchmark: 25k-account campaign")) {
            long t0 = System.nanoTime();
            SyntheticCase.fill(c, accounts, 2_000, perAccount, false);
            System.out.printf("case built: %,d campaign accounts, %,d exchanges in %.1f s (not timed)%n", accounts,
                    (long) (accounts + 2_000) * perAccount, secs(t0));
            DossierService.ensureDefault(c);

            long a = System.nanoTime();
            long ac = cpu();
            DossierDocument doc = DossierService.assemble(c, Progress.NONE);
            System.out.printf("assemble                %6.2f s wall %6.2f s cpu%n", secs(a), cpuSecs(ac));
            for (ExportFormat f : ExportFormat.values()) {
                long s = System.nanoTime();
                long sc = cpu();
                DossierService.export(doc, new ExportRequest(tmp.resolve("one-" + f.key()), RedactionProfile.LEGAL,
                        EnumSet.of(f), tmp.resolve("home")), Progress.NONE);
                long bytes = 0;
                for (String file : f.files()) {
                    bytes += Files.size(tmp.resolve("one-" + f.key()).resolve(file));
                }
                System.out.printf("  %-20s  %6.2f s wall %6.2f s cpu %,12d bytes%n", f.key(), secs(s), cpuSecs(sc),
                        bytes);
            }
            for (RedactionProfile p : new RedactionProfile[] {RedactionProfile.LEGAL, RedactionProfile.BRIEFING}) {
                long s = System.nanoTime();
                long sc = cpu();
                long pc = processCpu();
                ExportResult r = DossierService.export(c, new ExportRequest(tmp.resolve("all-" + p.name()), p, null,
                        tmp.resolve("home")), Progress.NONE);
                System.out.printf("FULL export, all formats, profile %-8s (assemble + redact + write + sign): "
                        + "%6.2f s wall, %6.2f s cpu main thread, %6.2f s cpu whole process, %d files%n", p.name(),
                        secs(s), cpuSecs(sc), (processCpu() - pc) / 1e9, r.files().size());
            }
        }
        System.out.println("output left in " + tmp + "; load average now "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double cpuSecs(long startCpuNanos) {
        return (cpu() - startCpuNanos) / 1e9;
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
