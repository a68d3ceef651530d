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
        prepare(dir);
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

    /** The output directory must be new or empty, so the bundle holds exactly what the manifest lists. */
    private static void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
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
        } catch (IOException e) {
            throw new DossierException("cannot create " + dir, e);
        }
    }
}
