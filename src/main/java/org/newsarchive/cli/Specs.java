package org.newsarchive.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * picocli's programmatic model, for the top command and the one-shot commands (search, show, stats...). The
 * annotated form costs a one-shot command's start dearly: the JVM parses every annotation and generates a proxy
 * class for each annotation type at run time (the AOT cache cannot hold them), about 80 ms before the command
 * runs, here under load; the same model built through these calls costs a few milliseconds (docs/BENCHMARKS.md).
 * The long-running commands (index, serve, bench, eval) keep their annotations.
 */
final class Specs {
    private Specs() {}

    /** A command named {@code name} that runs {@code userObject} (a Runnable or a Callable). */
    static CommandSpec command(Object userObject, String name, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject);
        spec.name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** The top command, once picocli has parsed a command line into {@code spec}, one of its subcommands. */
    static NewsarchiveCommand top(CommandSpec spec) {
        return (NewsarchiveCommand) spec.parent().userObject();
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} words them, unless
     * the command has its own {@code -h} (picocli's help command). {@code mixinStandardHelpOptions} itself would read
     * the annotations of picocli's own mixin class, the cost this class avoids.
     */
    static void standardHelpOptions(CommandSpec spec) {
        if (spec.findOption('h') != null) return;
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }

    /** An option with a value of {@code type}, read and written through {@code get} and {@code set}. */
    static <T> OptionSpec.Builder option(String name, String paramLabel, Class<T> type, Supplier<T> get, Consumer<T> set,
            String description) {
        Binding<T> binding = new Binding<>(get, set);
        return OptionSpec.builder(name).paramLabel(paramLabel).type(type).getter(binding).setter(binding)
                .initialValue(get.get()).description(description);
    }

    /** A flag (no value), true when given. */
    static OptionSpec flag(String name, Supplier<Boolean> get, Consumer<Boolean> set, String description) {
        Binding<Boolean> binding = new Binding<>(get, set);
        return OptionSpec.builder(name).type(boolean.class).arity("0").getter(binding).setter(binding)
                .initialValue(get.get()).description(description).build();
    }

    /** A positional parameter of {@code type} taking {@code arity} values ("1", "0..*"), required unless it may take none. */
    static <T> PositionalParamSpec positional(String paramLabel, String arity, Class<T> type, Supplier<T> get, Consumer<T> set,
            String description) {
        Binding<T> binding = new Binding<>(get, set);
        return PositionalParamSpec.builder().paramLabel(paramLabel).arity(arity).required(Range.valueOf(arity).min() > 0)
                .type(type).getter(binding).setter(binding).initialValue(get.get()).description(description).build();
    }

    /** Where picocli reads and writes one value: a field of the command, through two lambdas. */
    private record Binding<V>(Supplier<V> reader, Consumer<V> writer) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) reader.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            V old = reader.get();
            writer.accept((V) value);
            return (T) old;
        }
    }
}
