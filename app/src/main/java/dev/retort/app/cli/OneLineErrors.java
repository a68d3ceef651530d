package dev.retort.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any failure of a subcommand into one clear line on stderr and exit code 1. The stack trace is printed
 * only with {@code -Dretort.debug=true}, for developers.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        cmd.getErr().println("retort: " + message);
        if (Boolean.getBoolean("retort.debug")) {
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }
}
