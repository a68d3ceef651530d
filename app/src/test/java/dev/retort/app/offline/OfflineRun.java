package dev.retort.app.offline;

import dev.retort.app.cli.RetortCommand;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The child JVM that {@link NoNetworkTest} starts (inside an empty network namespace when the machine has them):
 * reports which network interfaces are up, installs the {@link SocketGuard} when asked, then runs a Retort
 * command line and exits with its code - or with {@value #NETWORK_ATTEMPTED} if anything tried the network.
 *
 * <pre>OfflineRun [--guard] [--probe-socket] -- retort arguments...</pre>
 *
 * {@code --probe-socket} opens a socket on purpose before the command runs, so the test can show that the
 * guard would catch one.
 */
public final class OfflineRun {

    static final int NETWORK_ATTEMPTED = 97;

    private OfflineRun() {}

    public static void main(String[] args) {
        int split = List.of(args).indexOf("--");
        List<String> flags = List.of(args).subList(0, split < 0 ? args.length : split);
        String[] retortArgs = split < 0 ? new String[0] : List.of(args).subList(split + 1, args.length)
                .toArray(String[]::new);

        System.out.println("offline-run: interfaces up: " + interfacesUp());
        SocketGuard guard = flags.contains("--guard") ? SocketGuard.install() : null;
        System.out.println("offline-run: socket guard: " + (guard != null ? "installed" : "not installed"));

        if (flags.contains("--probe-socket")) {
            probe();
        }
        int code = retortArgs.length == 0 ? 0 : RetortCommand.commandLine().execute(retortArgs);

        List<String> attempts = guard != null ? guard.attempts() : List.of();
        List<String> tolerated = guard != null ? guard.tolerated() : List.of();
        System.out.println("offline-run: refused host-name lookups by the JDK (not failures): " + tolerated.size());
        System.out.println("offline-run: network attempts: " + attempts.size());
        attempts.forEach(a -> System.out.println("offline-run: attempt: " + a));
        System.out.println("offline-run: retort exit code: " + code);
        System.out.flush();
        System.exit(!attempts.isEmpty() ? NETWORK_ATTEMPTED : code);
    }

    private static String interfacesUp() {
        try {
            String up = NetworkInterface.networkInterfaces().filter(OfflineRun::isUp)
                    .map(NetworkInterface::getName).collect(Collectors.joining(","));
            return up.isEmpty() ? "none" : up;
        } catch (SocketException e) {
            return "none (" + e.getMessage() + ")"; // an empty namespace: not even an addressed loopback
        }
    }

    private static boolean isUp(NetworkInterface n) {
        try {
            return n.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    /** A connection to a public address, as a careless library would make; refused either way offline. */
    private static void probe() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("192.0.2.1", 443), 2000);
            System.out.println("offline-run: probe connected");
        } catch (IOException | SecurityException e) {
            System.out.println("offline-run: probe refused: " + e);
        }
    }
}
