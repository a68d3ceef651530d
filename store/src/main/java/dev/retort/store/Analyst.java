package dev.retort.store;

/** Who is acting: the operating-system user, which is what an air-gapped review room can vouch for. */
public final class Analyst {
    private Analyst() {}

    public static String current() {
        String override = System.getProperty("retort.analyst");
        if (override != null && !override.isBlank()) {
            return override;
        }
        return System.getProperty("user.name", "unknown");
    }
}
