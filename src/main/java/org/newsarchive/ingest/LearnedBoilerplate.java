package org.newsarchive.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.newsarchive.Article;

/**
 * Boilerplate learned from the archive itself: a paragraph repeated verbatim in many articles of one source (a site
 * footer, a newsletter prompt) is removed even when no {@link DebrisCleaner} rule names it.
 *
 * <p>Threshold: a paragraph of at most {@value #MAX_CHARS} characters and at least two words, found in at least
 * {@value #MIN_ARTICLES} articles of the same source that have {@value #MIN_ARTICLES} different titles. Counting
 * titles, not articles, keeps reprints (one story ingested ten times under one headline) from teaching that their
 * own paragraphs are boilerplate. Lines are learned from what an ingest run reads before it writes, and from the
 * articles the API receives; the counts carry over from run to run ({@value #COUNTS_FILE_NAME}, hashes only, no text),
 * so a site indexed a few articles at a time is learned too. Learned lines are kept in {@value #FILE_NAME} in the index
 * folder and removed from the articles written after they were learned; the articles written before hold them until
 * the index rewrites them ({@link #takeFreshlyLearned}).
 *
 * <p>Thread-safe: the API writes articles from several request threads.
 */
public final class LearnedBoilerplate {
    static final int MAX_CHARS = 300;
    static final int MIN_ARTICLES = 10;
    public static final String FILE_NAME = "learned-boilerplate.json";
    /** The paragraph counts not yet at the threshold, for the next runs. */
    public static final String COUNTS_FILE_NAME = "boilerplate-counts.bin";
    private static final int COUNTS_FORMAT = 0x4E41_4201; // "NAB" and a version

    /** One learned line and how many articles it was removed from. */
    public record Line(String source, String text, long removed) {}

    /**
     * Paragraphs followed at most, about 100 bytes each: a tenth of the heap. Boilerplate repeats early and often, so
     * once the table is full only paragraphs already in it are counted; memory stays flat however large the run.
     */
    static final long MAX_TRACKED = Math.max(10_000, Runtime.getRuntime().maxMemory() / 1_000);

    /**
     * Per (source, paragraph) 64-bit hash: hashes of the distinct titles seen with it, up to the threshold (small:
     * most paragraphs are seen once). Keyed by hash, not text, so that counting holds no article text.
     */
    private final Map<Long, int[]> seen = new HashMap<>();
    /** Learned lines per source, with how many articles they were removed from. */
    private final Map<String, Map<String, Long>> learned = new HashMap<>();
    /** Lines learned since the last {@link #takeFreshlyLearned}: articles written before may still hold them. */
    private final List<Line> fresh = new ArrayList<>();

    /** Counts the paragraphs of an article read in the first pass. */
    public synchronized void observe(Article a) {
        String source = sourceOf(a);
        int title = a.title().hashCode();
        Map<String, Long> known = learned.getOrDefault(source, Map.of());
        for (String p : new LinkedHashSet<>(a.body())) {
            if (!candidate(p) || known.containsKey(p)) continue;
            long key = key(source, p);
            int[] titles = seen.get(key);
            if (titles == null) {
                if (seen.size() < MAX_TRACKED) seen.put(key, new int[] {title});
            } else if (titles.length < MIN_ARTICLES && java.util.Arrays.stream(titles).noneMatch(t -> t == title)) {
                int[] more = java.util.Arrays.copyOf(titles, titles.length + 1);
                more[titles.length] = title;
                seen.put(key, more);
                // The text is kept only once the paragraph is known to be boilerplate.
                if (more.length == MIN_ARTICLES && learned.computeIfAbsent(source, s -> new HashMap<>()).putIfAbsent(p, 0L) == null) {
                    fresh.add(new Line(source, p, 0));
                }
            }
        }
    }

    /**
     * Ends the counting of a first pass: what reached the threshold is learned already; the counts of the others are
     * kept (and saved) for the articles to come.
     */
    public synchronized void learn() {
        seen.values().removeIf(titles -> titles.length >= MIN_ARTICLES);
    }

    private static long key(String source, String paragraph) {
        // Two independent 32-bit hashes make a 64-bit key: a false match needs both to collide.
        long h = 1125899906842597L;
        for (int i = 0; i < paragraph.length(); i++) h = 31 * h + paragraph.charAt(i);
        return (h * 31 + source.hashCode()) ^ ((long) paragraph.hashCode() << 32);
    }

    /** The article without its learned boilerplate paragraphs (the same article when it has none). */
    public synchronized Article clean(Article a) {
        Map<String, Long> lines = learned.get(sourceOf(a));
        if (lines == null || a.body().stream().noneMatch(lines::containsKey)) return a;
        // Boilerplate comes beside an article's own text: a body made only of such lines is the article's text.
        if (a.body().stream().allMatch(lines::containsKey)) return a;
        List<String> body = new ArrayList<>();
        for (String p : a.body()) {
            if (lines.containsKey(p)) lines.merge(p, 1L, Long::sum); else body.add(p);
        }
        return new Article(a.id(), a.title(), body, a.date(), a.lang(), a.source(), a.url(), a.file(), a.credits(), a.metadata());
    }

    /**
     * The lines learned since the last call (source "" for articles without one), and forgets them: the articles
     * of that source written before they were learned still hold them, as the counts carry over from earlier runs.
     */
    public synchronized List<Line> takeFreshlyLearned() {
        List<Line> out = List.copyOf(fresh);
        fresh.clear();
        return out;
    }

    /** Learned lines, most often removed first. */
    public synchronized List<Line> lines() {
        List<Line> out = new ArrayList<>();
        learned.forEach((source, lines) -> lines.forEach((text, n) -> out.add(new Line(source, text, n))));
        out.sort(Comparator.comparingLong(Line::removed).reversed().thenComparing(Line::text));
        return out;
    }

    private static boolean candidate(String p) {
        return p.length() <= MAX_CHARS && p.strip().split("\\s+").length >= 2;
    }

    private static String sourceOf(Article a) {
        return a.source() == null ? "" : a.source();
    }

    /** Lines learned by earlier runs, from the index folder; none when the file is absent. */
    public static LearnedBoilerplate load(Path indexDir) throws IOException {
        LearnedBoilerplate b = new LearnedBoilerplate();
        Path file = indexDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            for (JsonNode n : new ObjectMapper().readTree(file.toFile()).path("lines")) {
                b.learned.computeIfAbsent(n.path("source").asText(""), s -> new HashMap<>())
                        .put(n.path("line").asText(), n.path("removed").asLong());
            }
        }
        Path counts = indexDir.resolve(COUNTS_FILE_NAME);
        if (Files.exists(counts)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(counts), 1 << 16))) {
                // Another format (a later version's) is not an error: counting starts again.
                if (in.readInt() != COUNTS_FORMAT) return b;
                int n = in.readInt();
                for (int i = 0; i < n && b.seen.size() < MAX_TRACKED; i++) {
                    long key = in.readLong();
                    int[] titles = new int[in.readUnsignedByte()];
                    for (int t = 0; t < titles.length; t++) titles[t] = in.readInt();
                    b.seen.put(key, titles);
                }
            }
        }
        return b;
    }

    /** Writes the learned lines to the index folder, for later runs and for {@code stats}. */
    public synchronized void save(Path indexDir) throws IOException {
        saveLines(indexDir);
        saveCounts(indexDir);
    }

    /**
     * Writes the learned lines only ({@value #FILE_NAME}, small): what {@code stats} shows, after each API write. The
     * counts ({@link #saveCounts}) grow with the archive and are written at the end of a run or of the service.
     */
    public synchronized void saveLines(Path indexDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode lines = root.putArray("lines");
        for (Line l : lines()) lines.addObject().put("source", l.source()).put("line", l.text()).put("removed", l.removed());
        Path tmp = indexDir.resolve(FILE_NAME + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        Files.move(tmp, indexDir.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes the counts of the paragraphs not yet learned ({@value #COUNTS_FILE_NAME}), for the next runs. */
    public synchronized void saveCounts(Path indexDir) throws IOException {
        Path countsTmp = indexDir.resolve(COUNTS_FILE_NAME + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(countsTmp), 1 << 16))) {
            out.writeInt(COUNTS_FORMAT);
            out.writeInt(seen.size());
            for (Map.Entry<Long, int[]> e : seen.entrySet()) {
                out.writeLong(e.getKey());
                out.writeByte(e.getValue().length);
                for (int title : e.getValue()) out.writeInt(title);
            }
        }
        Files.move(countsTmp, indexDir.resolve(COUNTS_FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
