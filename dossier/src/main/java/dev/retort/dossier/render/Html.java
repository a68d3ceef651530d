package dev.retort.dossier.render;

/**
 * Escaping for untrusted text (prompts, responses, user agents, notes) written into the HTML and PDF. Besides the
 * five markup characters it neutralises what could mislead a reader of evidence: Unicode bidirectional controls
 * (a right-to-left override can make "exe.txt" read as "txt.exe") are shown as visible [U+202E] markers, and
 * characters XML cannot carry become U+FFFD.
 */
final class Html {
    private Html() {}

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        String clean = Xml.clean(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (isBidiControl(c)) {
                        b.append(String.format("[U+%04X]", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Escapes and cuts to {@code max} characters, saying how much was left out. */
    static String excerpt(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return esc(s);
        }
        int cut = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return esc(s.substring(0, cut)) + "<span class=\"cut\"> [" + String.format("%,d", s.length() - cut)
                + " more characters in dossier.json]</span>";
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }
}
