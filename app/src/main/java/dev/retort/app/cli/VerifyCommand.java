package dev.retort.app.cli;

import dev.retort.dossier.DossierService;
import dev.retort.dossier.bundle.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code retort verify DIR}: checks an exported dossier bundle - the manifest's Ed25519 signature, every file's
 * SHA-256 - and names any file that was changed, added or removed. Exit code 0 only when the bundle is intact.
 */
@Command(name = "verify", description = {
        "Check an exported dossier bundle: the manifest's signature and every file's SHA-256.",
        "Names any file that was changed, added or removed. Exit code 0 only if the bundle is intact."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the bundle directory (with manifest.json and manifest.sig)")
    Path dir;

    @Option(names = "--key", paramLabel = "FINGERPRINT",
            description = "the signer's key fingerprint you expect (sha256:...), as the sender told you")
    String expectedKey;

    @Override
    public Integer call() {
        VerifyReport r = DossierService.verify(dir, expectedKey);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("bundle:    %s%n", dir);
        o.printf("signature: %s%s%n", r.signatureValid() ? "valid" : "NOT VALID",
                r.keyFingerprint() == null ? "" : " (key " + r.keyFingerprint() + ")");
        o.printf("files:     %d listed%n", r.filesChecked());
        r.changed().forEach(f -> o.printf("CHANGED   %s%n", f));
        r.removed().forEach(f -> o.printf("REMOVED   %s%n", f));
        r.added().forEach(f -> o.printf("ADDED     %s%n", f));
        r.problems().forEach(p -> o.printf("PROBLEM   %s%n", p));
        o.println(r.intact() ? "OK: the bundle is intact." : "FAILED: the bundle is not as it was signed.");
        if (expectedKey == null && r.signatureValid()) {
            o.println("(Compare the key fingerprint with the one the sender gave you, or pass --key.)");
        }
        o.flush();
        return r.intact() ? 0 : 1;
    }
}
