package org.newsarchive.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsarchive.Article;
import org.newsarchive.ingest.ArticleWalker;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.LanguageDetector;

/**
 * Language detection against the languages stated in labelled files: accuracy and confusion table for whole
 * articles (title + body, as ingest sees them) and bodies with at least {@value #MIN_BODY_CHARS} characters,
 * and for titles alone.
 */
public final class DetectionEvaluation {
    /** Articles shorter than this are left out of the article and body figures (the threshold). */
    public static final int MIN_BODY_CHARS = 200;

    /** What is detected from each article. */
    public enum Input {
        ARTICLE("title + body, as ingest does (body >= " + MIN_BODY_CHARS + " chars)"),
        BODY("body alone (>= " + MIN_BODY_CHARS + " chars)"),
        TITLE("title alone");

        final String label;

        Input(String label) {
            this.label = label;
        }
    }

    /** Counts for one input: expected language → detected language → articles. */
    public static final class Confusion {
        private final Map<String, Map<String, Long>> counts = new TreeMap<>();
        private long nanos;

        void add(String expected, String detected, long tookNanos) {
            counts.computeIfAbsent(expected, k -> new TreeMap<>()).merge(detected, 1L, Long::sum);
            nanos += tookNanos;
        }

        public long total() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }

        public long correct() {
            long n = 0;
            for (var e : counts.entrySet()) n += e.getValue().getOrDefault(e.getKey(), 0L);
            return n;
        }

        public double accuracy() {
            return total() == 0 ? Double.NaN : correct() / (double) total();
        }

        public long count(String expected, String detected) {
            return counts.getOrDefault(expected, Map.of()).getOrDefault(detected, 0L);
        }

        /** Mean detection time in milliseconds. */
        public double millisPerText() {
            return total() == 0 ? 0 : nanos / 1e6 / total();
        }

        /** Rows: expected; columns: detected; one line per row. */
        public String table() {
            TreeSet<String> columns = new TreeSet<>();
            counts.values().forEach(m -> columns.addAll(m.keySet()));
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-8s", "lang\\got"));
            for (String c : columns) b.append(String.format(Locale.ROOT, "%8s", c));
            b.append(String.format(Locale.ROOT, "%9s%9s%n", "total", "acc"));
            counts.forEach((expected, row) -> {
                b.append(String.format(Locale.ROOT, "%-8s", expected));
                long total = 0;
                for (String c : columns) {
                    long n = row.getOrDefault(c, 0L);
                    total += n;
                    b.append(String.format(Locale.ROOT, "%8s", n == 0 ? "." : Long.toString(n)));
                }
                b.append(String.format(Locale.ROOT, "%9d%8.2f%%%n", total, 100.0 * row.getOrDefault(expected, 0L) / total));
            });
            return b.toString();
        }
    }

    private final LanguageDetector detector;
    private final int perLanguage;

    /** @param perLanguage at most this many articles per stated language (the first ones met); 0 for all */
    public DetectionEvaluation(LanguageDetector detector, int perLanguage) {
        this.detector = detector;
        this.perLanguage = perLanguage;
    }

    /** Confusion per input, and the inputs that could not be read ("file:line: reason"). */
    public record Result(Map<Input, Confusion> byInput, List<String> problems) {}

    /** Reads every labelled article under {@code paths} and detects each input; unlabelled articles are ignored. */
    public Result run(List<Path> paths) {
        Map<Input, Confusion> result = new LinkedHashMap<>();
        for (Input input : Input.values()) result.put(input, new Confusion());
        Map<String, Integer> seen = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        new ArticleWalker().walk(paths, item -> {
            if (item instanceof IngestItem.Failed f) problems.add(f.file() + ":" + f.line() + ": " + f.reason());
            if (!(item instanceof IngestItem.Parsed parsed) || parsed.article().lang() == null) return;
            Article a = parsed.article();
            String expected = a.lang().strip().toLowerCase(Locale.ROOT);
            if (perLanguage > 0 && seen.merge(expected, 1, Integer::sum) > perLanguage) return;
            if (a.bodyText().length() >= MIN_BODY_CHARS) {
                measure(result.get(Input.ARTICLE), expected, a, detector::detect);
                measure(result.get(Input.BODY), expected, a.bodyText(), detector::detect);
            }
            if (!a.title().isBlank()) measure(result.get(Input.TITLE), expected, a.title(), detector::detect);
        });
        return new Result(result, problems);
    }

    private static <T> void measure(Confusion c, String expected, T input, Function<T, LanguageDetector.Detection> detect) {
        long start = System.nanoTime();
        String got = detect.apply(input).lang();
        c.add(expected, got, System.nanoTime() - start);
    }

    /** The report printed by {@code detect-eval}. */
    public static String report(Map<Input, Confusion> result) {
        StringBuilder b = new StringBuilder();
        result.forEach((input, c) -> b.append(String.format(Locale.ROOT, "%s: %d texts, accuracy %.2f %% (%d wrong or und), %.3f ms each%n%s%n",
                input.label, c.total(), 100 * c.accuracy(), c.total() - c.correct(), c.millisPerText(), c.table())));
        return b.toString();
    }
}
