package dev.retort.app;

import java.util.Locale;

/** Whether a window can be shown here: always on macOS and Windows, on Linux only with X11 or Wayland. */
final class Display {
    private Display() {}

    static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") && !os.contains("nix") && !os.contains("bsd")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
