package dev.retort.app;

import java.util.Locale;

/**
 * Whether a window can be shown here: never when {@code -Djava.awt.headless=true} asks for headless work; always
 * on macOS and Windows; on Linux and the BSDs only with X11 or Wayland.
 */
final class Display {
    private Display() {}

    static boolean available() {
        return available(System.getProperty("os.name", ""), Boolean.getBoolean("java.awt.headless"),
                System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"));
    }

    static boolean available(String osName, boolean headless, String display, String waylandDisplay) {
        if (headless) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (!os.contains("linux") && !os.contains("nix") && !os.contains("bsd")) {
            return true;
        }
        return notBlank(display) || notBlank(waylandDisplay);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
