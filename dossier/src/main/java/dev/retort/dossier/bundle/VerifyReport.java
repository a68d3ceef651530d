package dev.retort.dossier.bundle;

import java.util.List;

/**
 * What {@code retort verify} found. The bundle is intact only when the signature is valid and no file was changed,
 * added or removed; {@code problems} says anything else that went wrong (no manifest, unreadable signature...).
 */
public record VerifyReport(boolean signatureValid, String keyFingerprint, int filesChecked, List<String> changed,
                           List<String> removed, List<String> added, List<String> problems) {
    public VerifyReport {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return signatureValid && changed.isEmpty() && removed.isEmpty() && added.isEmpty() && problems.isEmpty();
    }
}
