package dev.retort.importers.nginx;

import dev.retort.importers.bedrock.Arns;
import dev.retort.store.ingest.Exchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One line of an nginx access log:
 * {@code [$host] $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer"
 * "$http_user_agent" [extra fields...]}. A first extra field that is a number of seconds ({@code $request_time},
 * a common addition) becomes the latency; a Bedrock-style path ({@code /model/<id>/invoke}) gives the model.
 */
final class NginxLine {

    sealed interface Result permits Parsed, Bad {
    }

    record Parsed(Exchange exchange, String method, String path) implements Result {
    }

    record Bad(String reason) implements Result {
    }

    private static final DateTimeFormatter TIME_LOCAL =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private NginxLine() {
    }

    static Result parse(long lineNo, String line) {
        int open = line.indexOf(" [");
        if (open < 0) {
            return new Bad("not an access log line: no [time]");
        }
        String[] prefix = words(line, open);
        String ip;
        String user;
        if (prefix.length == 3) {
            ip = prefix[0];
            user = prefix[2];
        } else if (prefix.length == 4) {
            ip = prefix[1];
            user = prefix[3];
        } else {
            return new Bad("expected 'addr - user' (or 'host addr - user') before [time], found "
                    + prefix.length + " field(s)");
        }
        int close = line.indexOf(']', open + 2);
        if (close < 0) {
            return new Bad("unclosed [time]");
        }
        String time = line.substring(open + 2, close);
        long ts;
        try {
            ts = OffsetDateTime.parse(time, TIME_LOCAL).toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            return new Bad("bad timestamp '" + clip(time) + "'");
        }
        List<String> rest = fields(line, close + 1);
        if (rest == null) {
            return new Bad("unterminated quoted field");
        }
        if (rest.size() < 5) {
            return new Bad("expected \"request\" status bytes \"referer\" \"user agent\" after [time], found "
                    + rest.size() + " field(s)");
        }
        int status;
        try {
            status = Integer.parseInt(rest.get(1));
        } catch (NumberFormatException e) {
            return new Bad("bad status '" + clip(rest.get(1)) + "'");
        }
        if (status < 100 || status > 599) {
            return new Bad("bad status '" + status + "'");
        }
        String[] request = rest.get(0).split(" ");
        String method = request.length >= 2 ? request[0] : null;
        String path = request.length >= 2 ? request[1] : null;
        int latency = rest.size() > 5 ? seconds(rest.get(5)) : -1;
        Exchange ex = new Exchange(lineNo, ts, null, dash(user), null, dash(ip), dash(rest.get(4)), model(path),
                -1, -1, status, latency, null, null);
        return new Parsed(ex, method, path);
    }

    /**
     * The model named in a Bedrock-style runtime path, {@code /model/<id>/invoke} (also {@code converse},
     * {@code invoke-with-response-stream}, {@code converse-stream}), URL-decoded; null for other paths.
     */
    static String model(String path) {
        if (path == null || !path.startsWith("/model/")) {
            return null;
        }
        int end = path.indexOf('/', 7);
        if (end <= 7) {
            return null;
        }
        String id;
        try {
            id = URLDecoder.decode(path.substring(7, end), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Arns.model(id);
    }

    /** The space-separated words before {@code end} (at most five; more means "not this format"). */
    private static String[] words(String line, int end) {
        String[] out = new String[5];
        int n = 0;
        int i = 0;
        while (i < end) {
            while (i < end && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= end) {
                break;
            }
            int j = line.indexOf(' ', i);
            if (j < 0 || j > end) {
                j = end;
            }
            if (n == out.length) {
                return new String[0];
            }
            out[n++] = line.substring(i, j);
            i = j;
        }
        return Arrays.copyOf(out, n);
    }

    /** Space-separated fields after the time; quoted fields may contain spaces and {@code \"} escapes. */
    private static List<String> fields(String line, int from) {
        List<String> out = new ArrayList<>(8);
        int i = from;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        sb.append(line.charAt(i + 1));
                        i += 2;
                    } else if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        sb.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    return null;
                }
                out.add(sb.toString());
            } else {
                int end = line.indexOf(' ', i);
                if (end < 0) {
                    end = n;
                }
                out.add(line.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    private static int seconds(String s) {
        try {
            double d = Double.parseDouble(s);
            if (d < 0 || d > 86_400 || Double.isNaN(d)) {
                return -1;
            }
            return (int) Math.round(d * 1000);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() || s.equals("-") ? null : s;
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
