package org.newsarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top command: global options and the list of subcommands. Its model is built through picocli's API, not
 * annotations, as are those of the one-shot commands: see {@link Specs}.
 */
public final class NewsarchiveCommand implements Runnable {

    /** Every subcommand's name, in the order of the help. */
    static final List<String> SUBCOMMANDS = List.of("index", "search", "show", "stats", "serve", "similar", "related",
            "suggest", "eval", "detect-eval", "eval-clusters", "eval-dates", "bench", "help");

    /**
     * A new instance of the subcommand {@code name}: an annotated command object, or the {@link CommandSpec} of a
     * one-shot command. A switch, not a table of {@code Foo::new}: every method reference loads its class and
     * spins a lambda at each start, and the one to picocli's {@code HelpCommand::new} made JDK 25.0.3 crash while
     * assembling the launcher's AOT cache once the cache kept the full module graph (picocli was then Java 5
     * bytecode, which the cache cannot hold).
     */
    static Object newSubcommand(String name) {
        return switch (name) {
            case "index" -> new IndexCommand();
            case "search" -> new SearchCommand().spec();
            case "show" -> new ShowCommand().spec();
            case "stats" -> new StatsCommand().spec();
            case "serve" -> new ServeCommand();
            case "similar" -> new SimilarCommand().spec();
            case "related" -> new RelatedCommand().spec();
            case "suggest" -> new SuggestCommand().spec();
            case "eval" -> new EvalCommand();
            case "detect-eval" -> new DetectEvalCommand();
            case "eval-clusters" -> new EvalClustersCommand();
            case "eval-dates" -> new EvalDatesCommand();
            case "bench" -> new BenchCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** {@code --index}, for this command and every subcommand. */
    Path index;

    CommandSpec spec;

    /** Set by {@link #commandLine}; commands print through these, never through System.out. */
    Console console;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'newsarchive --help'");
    }

    /**
     * The model: {@code -h}, {@code -V} and {@code --index}; every subcommand inherits {@code --index} and the
     * version, and is given its own {@code -h} and {@code -V} as it is added.
     */
    CommandSpec spec() {
        spec = Specs.command(this, "newsarchive", "Search service for news archives, French first and multilingual.")
                .version("newsarchive 0.1.0");
        spec.scopeType(CommandLine.ScopeType.INHERIT);
        Specs.standardHelpOptions(spec);
        spec.addOption(Specs.option("--index", "DIR", Path.class, () -> index, v -> index = v,
                        "Index folder (default: $NEWSARCHIVE_INDEX, else data/index in the installation folder).")
                .scopeType(CommandLine.ScopeType.INHERIT).build());
        return spec;
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
        CommandLine cl = new CommandLine(top.spec());
        for (String name : subcommands) {
            Object sub = newSubcommand(name);
            if (sub instanceof CommandSpec spec) {
                cl.addSubcommand(name, new CommandLine(spec));
            } else {
                cl.addSubcommand(sub);
            }
            Specs.standardHelpOptions(cl.getSubcommands().get(name).getCommandSpec());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("newsarchive: " + usageMessage(ex, cl));
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

    /**
     * Picocli's message, except for a first word that is no command: picocli says "Unmatched argument at index 2",
     * counting the global options, where the user typed a command name wrong.
     */
    private static String usageMessage(CommandLine.ParameterException ex, CommandLine top) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && unmatched.getCommandLine() == top
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "' (commands: "
                    + String.join(", ", top.getSubcommands().keySet()) + ")";
        }
        return ex.getMessage();
    }

    private static String message(Exception ex) {
        if (ex instanceof ArchiveIndex.IndexBusyException) return ex.getMessage();
        // Lucene's own words name its file classes and versions; what the user needs is which folder is not an index.
        Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
        if (io instanceof org.apache.lucene.index.CorruptIndexException
                || io instanceof org.apache.lucene.index.IndexFormatTooOldException
                || io instanceof org.apache.lucene.index.IndexFormatTooNewException) {
            return "the index folder holds files that are not a readable index (damaged, or written by another program"
                    + " or version): index into a new folder";
        }
        if (ex instanceof java.nio.file.FileAlreadyExistsException e) return "not a folder: " + e.getFile();
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
