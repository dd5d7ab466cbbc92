package org.newsarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: global options and the list of subcommands. */
@Command(name = "newsarchive", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "newsarchive 0.1.0",
        description = "Search service for news archives, French first and multilingual.")
public final class NewsarchiveCommand implements Runnable {

    /** Every subcommand by its name, in the order of the help; the names are their {@code @Command} names. */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("index", IndexCommand::new);
        all.put("search", SearchCommand::new);
        all.put("show", ShowCommand::new);
        all.put("stats", StatsCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("similar", SimilarCommand::new);
        all.put("related", RelatedCommand::new);
        all.put("suggest", SuggestCommand::new);
        all.put("eval", EvalCommand::new);
        all.put("detect-eval", DetectEvalCommand::new);
        all.put("eval-clusters", EvalClustersCommand::new);
        all.put("eval-dates", EvalDatesCommand::new);
        all.put("bench", BenchCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(all);
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
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? List.of(arg) : SUBCOMMANDS.keySet();
            }
        }
        return SUBCOMMANDS.keySet();
    }

    static CommandLine commandLine(Collection<String> subcommands, PrintWriter out, PrintWriter err, boolean ansiIfTerminal) {
        NewsarchiveCommand top = new NewsarchiveCommand();
        top.console = new Console(out, err, ansiIfTerminal && CommandLine.Help.Ansi.AUTO.enabled());
        CommandLine cl = new CommandLine(top);
        for (String name : subcommands) cl.addSubcommand(SUBCOMMANDS.get(name).get());
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
