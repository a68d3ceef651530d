package dev.retort.importers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The log formats on the class path (registered in {@code META-INF/services/dev.retort.importers.LogFormat}),
 * and detection of a file's format from its first few KB.
 */
public final class Formats {
    private final List<LogFormat> formats;

    private Formats(List<LogFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every format registered through {@link ServiceLoader}. */
    public static Formats installed() {
        List<LogFormat> found = new ArrayList<>();
        ServiceLoader.load(LogFormat.class, Formats.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(LogFormat::id));
        return new Formats(found);
    }

    public static Formats of(List<LogFormat> formats) {
        return new Formats(formats);
    }

    public List<LogFormat> all() {
        return formats;
    }

    public Optional<LogFormat> byId(String id) {
        return formats.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The format most confident about {@code head}, if any is at all. */
    public Optional<LogFormat> detect(String head) {
        LogFormat best = null;
        double bestScore = 0;
        for (LogFormat f : formats) {
            double s;
            try {
                s = f.sniff(head);
            } catch (RuntimeException e) {
                s = 0; // a format that chokes on the head does not claim it
            }
            if (s > bestScore) {
                bestScore = s;
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "litellm (LiteLLM spend log ...), accounts (...)" for messages. */
    public String describe() {
        return formats.stream().map(f -> f.id() + " (" + f.description() + ")").collect(Collectors.joining(", "));
    }
}
