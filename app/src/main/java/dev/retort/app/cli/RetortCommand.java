package dev.retort.app.cli;

import dev.retort.store.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the {@code retort} command line. With no subcommand it opens the window (see
 * {@link dev.retort.app.Main}); each subcommand is a small class in this package.
 */
@Command(name = "retort",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // every subcommand gets --help and --version
        versionProvider = RetortCommand.Version.class,
        description = "Retort: investigate distillation attacks in API logs, offline.",
        subcommands = {
                CaseCommand.class,
                AnalyzeCommand.class,
                EvaluateCommand.class,
                OpenCommand.class,
                DemoCommand.class,
                ImportCommand.class,
                GenerateCommand.class,
                DossierCommand.class,
                VerifyCommand.class,
        })
public final class RetortCommand {

    /** Builds the configured command line with Retort's one-line error reporting. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RetortCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"retort " + ToolVersion.get()};
        }
    }
}
