package dev.retort.generator;

/** Which prompt family an account draws from. */
enum PromptKind {
    DEVELOPER, ENTERPRISE, CAMPUS, HARNESS, PLATFORM, HYDRA, QUIET, PROBE
}
