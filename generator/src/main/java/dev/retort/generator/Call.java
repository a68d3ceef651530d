package dev.retort.generator;

/** One exchange being written: reused for every record of a day (one per worker). */
final class Call {
    long ts;
    /** Sub-millisecond part of the start time, 0-999 microseconds. */
    int micros;
    Account account;
    long idHi;
    long idLo;
    long spanId;
    String model;
    String ip;
    String key;
    final StringBuilder prompt = new StringBuilder(512);
    final StringBuilder response = new StringBuilder(512);
    Prompts.Reply reply;
    int tokensIn;
    int tokensOut;
    /** HTTP status: 200, 429 or 500. */
    int status;
    int latencyMs;

    boolean ok() {
        return status == 200;
    }

    /** The request id as a UUID string. */
    String uuid() {
        StringBuilder sb = new StringBuilder(36);
        Rng.appendUuid(sb, idHi, idLo);
        return sb.toString();
    }
}
