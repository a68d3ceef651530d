package dev.retort.app.offline;

import java.net.SocketPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for machines without network namespaces, and a second fence inside one: a security manager that
 * allows everything except network access. Every socket the JVM opens or resolves - {@code Socket},
 * {@code ServerSocket}, NIO channels, {@code HttpClient}, {@code URLConnection}, DNS lookups - asks for a
 * {@link SocketPermission} first, so each attempt is recorded and refused, whatever library or JDK class made it.
 * Available while the JDK still lets a security manager be installed (17 to 23, with
 * {@code -Djava.security.manager=allow} from 18).
 *
 * <p>One request is refused but not counted as a failure: the JDK's own {@code InetAddress.getLocalHost()} asking
 * for this machine's host name (the font manager names its fontconfig cache after it). Refused, the JDK falls back
 * to the loopback address without any lookup, which is exactly what happens on an air-gapped laptop.
 */
final class SocketGuard extends SecurityManager {

    private final List<String> attempts = new ArrayList<>();
    private final List<String> tolerated = new ArrayList<>();

    /** Installs a guard for the rest of this JVM's life. */
    static SocketGuard install() {
        SocketGuard guard = new SocketGuard();
        System.setSecurityManager(guard);
        return guard;
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof SocketPermission) {
            refuse(perm);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private void refuse(Permission perm) {
        StringBuilder where = new StringBuilder(perm.getName()).append(' ').append(perm.getActions());
        StackTraceElement[] stack = new Throwable().getStackTrace();
        for (int i = 0; i < stack.length && i < 40; i++) {
            where.append("\n    at ").append(stack[i]);
        }
        synchronized (attempts) {
            (isLocalHostNameLookup(perm, stack) ? tolerated : attempts).add(where.toString());
        }
        throw new SecurityException("network access refused (Retort must work offline): " + perm);
    }

    private static boolean isLocalHostNameLookup(Permission perm, StackTraceElement[] stack) {
        if (!"resolve".equals(perm.getActions())) {
            return false;
        }
        for (StackTraceElement e : stack) {
            if (e.getClassName().equals("java.net.InetAddress") && e.getMethodName().equals("getLocalHost")) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's own host-name lookups, refused but not failures (see the class comment). */
    List<String> tolerated() {
        synchronized (attempts) {
            return List.copyOf(tolerated);
        }
    }

    /** What was attempted so far, each with the first frames of the stack that asked. */
    List<String> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }
}
