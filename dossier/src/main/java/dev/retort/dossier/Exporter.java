package dev.retort.dossier;

import dev.retort.dossier.bundle.AnalystKey;
import dev.retort.dossier.bundle.Manifest;
import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.redact.Redactor;
import dev.retort.dossier.render.Renderers;
import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Redacts a document, writes each chosen format into the output directory, then hashes and signs the bundle. */
final class Exporter {
    private Exporter() {}

    static ExportResult export(DossierDocument assembled, ExportRequest req, Progress progress) {
        long start = System.nanoTime();
        Path dir = req.outDir();
        boolean created = prepare(dir);
        try {
            return write(assembled, req, progress, dir, start);
        } catch (RuntimeException e) { // cancelled or failed: no bundle that looks whole but has no manifest
            removePartial(dir, req.formats(), created);
            throw e;
        }
    }

    private static ExportResult write(DossierDocument assembled, ExportRequest req, Progress progress, Path dir,
                                      long start) {
        DossierDocument doc = Redactor.apply(assembled, req.profile());
        AnalystKey key = AnalystKey.loadOrCreate(req.retortHome());
        List<ExportFormat> formats = new ArrayList<>(req.formats());
        long total = formats.size() + 2L;
        List<String> written = new ArrayList<>();
        try {
            Renderers r = new Renderers(doc);
            long done = 0;
            progress.update(done++, total, "preparing charts");
            for (ExportFormat f : formats) {
                if (progress.isCancelled()) {
                    throw new CancelledException("the dossier export");
                }
                progress.update(done++, total, "writing " + String.join(", ", f.files()));
                switch (f) {
                    case PDF -> r.pdf(dir.resolve("dossier.pdf"));
                    case HTML -> r.html(dir.resolve("dossier.html"));
                    case JSON -> r.json(dir.resolve("dossier.json"));
                    case CSV -> r.csv(dir.resolve("accounts.csv"), dir.resolve("exchanges.csv"));
                    case STIX -> r.stix(dir.resolve("stix-bundle.json"));
                    case GEXF -> r.gexf(dir.resolve("network.gexf"));
                    case GRAPHML -> r.graphml(dir.resolve("network.graphml"));
                    case TIMESKETCH -> r.timesketch(dir.resolve("timesketch.jsonl"));
                }
                written.addAll(f.files());
            }
            progress.update(done, total, "hashing and signing");
            Manifest.writeSigned(dir, written, doc, key);
            progress.update(total, total, "done");
        } catch (IOException e) {
            throw new DossierException("cannot export the dossier to " + dir, e);
        }
        return new ExportResult(dir, written, key.fingerprint(), key.generated(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Deletes what a cancelled or failed export wrote: the formats' files and the manifest (the directory was new or
     * empty, so nothing else of the analyst's is touched), and the directory itself if the export created it.
     */
    private static void removePartial(Path dir, java.util.Collection<ExportFormat> formats, boolean created) {
        List<String> files = new ArrayList<>(List.of(Manifest.FILE, Manifest.SIGNATURE_FILE));
        formats.forEach(f -> files.addAll(f.files()));
        try {
            for (String f : files) {
                Files.deleteIfExists(dir.resolve(f));
            }
            if (created) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            // best effort: the export's own failure is what the analyst needs to see
        }
    }

    /**
     * The output directory must be new or empty, so the bundle holds exactly what the manifest lists. True when
     * this call created it.
     */
    private static boolean prepare(Path dir) {
        try {
            boolean exists = Files.exists(dir);
            if (exists) {
                if (!Files.isDirectory(dir)) {
                    throw new DossierException(dir + " exists and is not a directory");
                }
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) {
                        throw new DossierException(dir + " is not empty; export into a new or empty directory");
                    }
                }
            }
            Files.createDirectories(dir);
            return !exists;
        } catch (IOException e) {
            throw new DossierException("cannot create " + dir, e);
        }
    }
}
