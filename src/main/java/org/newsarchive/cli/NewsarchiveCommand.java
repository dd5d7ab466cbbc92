package org.newsarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: global options and the list of subcommands. */
@Command(name = "newsarchive", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "newsarchive 0.1.0",
        description = "Search service for news archives, French first and multilingual.")
public final class NewsarchiveCommand implements Runnable {

    /** Every subcommand's name, in the order of the help; the names are their {@code @Command} names. */
    static final List<String> SUBCOMMANDS = List.of("index", "search", "show", "stats", "serve", "similar", "related",
            "suggest", "eval", "detect-eval", "eval-clusters", "eval-dates", "bench", "help");

    /**
     * A new instance of the subcommand {@code name}. A switch, not a table of {@code Foo::new}: every method reference
     * loads its class and spins a lambda at each start, and the one to picocli's {@code HelpCommand::new} (picocli is
     * compiled for Java 5, a class version the AOT cache cannot hold) made JDK 25.0.3 crash while assembling the
     * launcher's AOT cache once the cache keeps the full module graph.
     */
    static Object newSubcommand(String name) {
        return switch (name) {
            case "index" -> new IndexCommand();
            case "search" -> new SearchCommand();
            case "show" -> new ShowCommand();
            case "stats" -> new StatsCommand();
            case "serve" -> new ServeCommand();
            case "similar" -> new SimilarCommand();
            case "related" -> new RelatedCommand();
            case "suggest" -> new SuggestCommand();
            case "eval" -> new EvalCommand();
            case "detect-eval" -> new DetectEvalCommand();
            case "eval-clusters" -> new EvalClustersCommand();
            case "eval-dates" -> new EvalDatesCommand();
            case "bench" -> new BenchCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

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
     * Runs one command line and returns its exit code: user mistakes end in one line on stderr and exit 2,
     * failures in one line and exit 1; no stack trace unless NEWSARCHIVE_DEBUG is set.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean ansiIfTerminal) {
        return commandLine(subcommandsFor(args), out, err, ansiIfTerminal).execute(args);
    }

    /**
     * The subcommands {@code args} can reach: only the one they name when they name one, else all (help, a
     * mistake). picocli reads a command's annotations when it is added, and reading all fourteen is a good share
     * of the start of a one-shot command such as {@code search}.
     */
    static Collection<String> subcommandsFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--index")) {
                i++;
            } else if (!arg.startsWith("--index=")) {
                return SUBCOMMANDS.contains(arg) && !arg.equals("help") ? List.of(arg) : SUBCOMMANDS;
            }
        }
        return SUBCOMMANDS;
    }

    static CommandLine commandLine(Collection<String> subcommands, PrintWriter out, PrintWriter err, boolean ansiIfTerminal) {
        NewsarchiveCommand top = new NewsarchiveCommand();
        top.console = new Console(out, err, ansiIfTerminal && CommandLine.Help.Ansi.AUTO.enabled());
        CommandLine cl = new CommandLine(top);
        for (String name : subcommands) cl.addSubcommand(newSubcommand(name));
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
