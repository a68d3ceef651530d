package dev.retort.app.offline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How this machine can take the network away from a child JVM: an empty network namespace ({@code unshare -n} as
 * root, {@code unshare -rn} with unprivileged user namespaces), the {@link SocketGuard}, or both.
 *
 * @param namespacePrefix the command that runs a program in a fresh, empty network namespace (empty if none works)
 * @param guard           whether this JDK still lets {@link SocketGuard} be installed
 */
record Isolation(List<String> namespacePrefix, boolean guard) {

    static Isolation detect() {
        List<String> prefix = List.of();
        for (List<String> candidate : List.of(List.of("unshare", "-n"), List.of("unshare", "-r", "-n"))) {
            if (works(candidate)) {
                prefix = candidate;
                break;
            }
        }
        return new Isolation(prefix, Runtime.version().feature() < 24);
    }

    boolean namespace() {
        return !namespacePrefix.isEmpty();
    }

    boolean any() {
        return namespace() || guard;
    }

    private static boolean works(List<String> prefix) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add("true");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return "namespace=" + (namespace() ? String.join(" ", namespacePrefix) : "unavailable")
                + ", guard=" + (guard ? "available" : "unavailable");
    }
}
