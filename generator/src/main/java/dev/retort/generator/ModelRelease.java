package dev.retort.generator;

import java.time.Instant;

/** A model the API serves, and when it became available. */
public record ModelRelease(String name, Instant released) {
}
