package dev.retort.app.cli;

import dev.retort.store.CaseFile;
import dev.retort.store.CaseInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort case create|info PATH}. */
@Command(name = "case", description = "Create a case file or show what it is.",
        subcommands = {CaseCommand.Create.class, CaseCommand.Info.class})
final class CaseCommand {

    @Command(name = "create", description = "Create a new, empty case file.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", description = "the case file to create (suggested extension .retort)")
        Path path;

        @Option(names = "--name", description = "the case name (default: the file name without extension)")
        String name;

        @Override
        public Integer call() {
            String caseName = name != null ? name : defaultName(path);
            try (CaseFile c = CaseFile.create(path, caseName)) {
                print(spec.commandLine().getOut(), c.info());
            }
            return 0;
        }
    }

    @Command(name = "info", description = "Show a case's id, name, schema version and tool version.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", description = "the case file")
        Path path;

        @Override
        public Integer call() {
            try (CaseFile c = CaseFile.open(path)) {
                print(spec.commandLine().getOut(), c.info());
            }
            return 0;
        }
    }

    static String defaultName(Path path) {
        String file = path.getFileName().toString();
        return file.endsWith(CaseFile.EXTENSION) ? file.substring(0, file.length() - CaseFile.EXTENSION.length())
                : file;
    }

    static void print(PrintWriter out, CaseInfo info) {
        out.printf("case:           %s%n", info.path());
        out.printf("id:             %s%n", info.id());
        out.printf("name:           %s%n", info.name());
        out.printf("created:        %s by %s%n", info.createdAt(), info.createdBy());
        out.printf("schema version: %d%n", info.schemaVersion());
        out.printf("tool version:   %s (created with %s)%n", info.toolVersion(), info.createdWithVersion());
        out.flush();
    }
}
