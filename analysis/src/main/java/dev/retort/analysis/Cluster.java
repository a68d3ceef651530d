package dev.retort.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A candidate campaign: linked accounts with their combined signals and score.
 *
 * @param members profile indexes, ascending
 */
record Cluster(String id, int[] members, Map<String, Double> signals, double score, String verdict,
               List<Reason> reasons) {

    /** Stable id: a hash of the smallest member name, so re-running on the same data gives the same id. */
    static String idFor(List<AccountProfile> members) {
        String smallest = members.stream().map(p -> p.name).min(String::compareTo).orElseThrow();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("cluster:" + smallest)
                    .getBytes(StandardCharsets.UTF_8));
            return "C-" + HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
