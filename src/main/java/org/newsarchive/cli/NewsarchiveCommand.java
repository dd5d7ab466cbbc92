package org.newsarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: global options and the list of subcommands. */
@Command(name = "newsarchive", mixinStandardHelpOptions = true, version = "newsarchive 0.1.0",
        description = "Search service for news archives, French first and multilingual.",
        subcommands = {IndexCommand.class, SearchCommand.class, ShowCommand.class, StatsCommand.class, ServeCommand.class,
                SimilarCommand.class, RelatedCommand.class, SuggestCommand.class,
                EvalCommand.class, DetectEvalCommand.class, EvalClustersCommand.class, EvalDatesCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class NewsarchiveCommand implements Runnable {

    @Option(names = "--index", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Index folder (default: $NEWSARCHIVE_INDEX, else data/index in the installation folder).")
    Path index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set by {@link #commandLine}; commands print through these, never through System.out. */
    Console console;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'newsarchive --help'");
    }

    AppConfig config() {
        return AppConfig.resolve(index, System.getenv(), System.getProperty("newsarchive.home"));
    }

    /**
     * A command line whose user mistakes end in one line on stderr and exit 2, and whose failures end in one
     * line and exit 1; no stack trace unless NEWSARCHIVE_DEBUG is set.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean ansiIfTerminal) {
        NewsarchiveCommand top = new NewsarchiveCommand();
        top.console = new Console(out, err, ansiIfTerminal && CommandLine.Help.Ansi.AUTO.enabled());
        CommandLine cl = new CommandLine(top);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("newsarchive: " + ex.getMessage());
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("newsarchive: " + message(ex));
            if (System.getenv("NEWSARCHIVE_DEBUG") != null) ex.printStackTrace(err);
            err.flush();
            return ex instanceof InvalidRequestException || ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    private static String message(Exception ex) {
        if (ex instanceof ArchiveIndex.IndexBusyException) return ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException e) return "no such file or folder: " + e.getFile();
        if (ex instanceof java.nio.file.AccessDeniedException e) return "permission denied: " + e.getFile();
        if (ex instanceof IOException || ex instanceof java.io.UncheckedIOException) {
            Throwable cause = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            return "input/output error: " + cause.getMessage();
        }
        if (ex instanceof IllegalArgumentException) return ex.getMessage();
        return "unexpected error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                + " — set NEWSARCHIVE_DEBUG=1 for details";
    }
}
