package org.newsarchive.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every outcome of one indexing run, counted: nothing is lost silently. */
public final class IndexReport {
    // Synchronized: the index's writing threads count their outcomes as they finish.

    /** One input that was not indexed, and why. {@code line} is 0 when the whole file is concerned. */
    public record Problem(String file, long line, String reason) {
        @Override
        public String toString() {
            return (line > 0 ? file + ":" + line : file) + ": " + reason;
        }
    }

    private long added;
    private long replaced;
    private final List<Problem> skipped = new ArrayList<>();
    private final List<Problem> failed = new ArrayList<>();
    private long elapsedNanos;
    /** Time spent merging the index into one segment at the end of the run; 0 when it was not merged. */
    private long mergeNanos;
    private final Map<String, Long> languages = new TreeMap<>();
    private long detected;
    private long cleanedEarlier;

    synchronized void added() { added++; }
    synchronized void replaced() { replaced++; }
    synchronized void skipped(Problem p) { skipped.add(p); }
    synchronized void failed(Problem p) { failed.add(p); }
    synchronized void elapsed(long nanos) { elapsedNanos = nanos; }

    synchronized void merged(long nanos) { mergeNanos = nanos; }
    synchronized void cleanedEarlier(long n) { cleanedEarlier += n; }
    synchronized void language(String lang, boolean wasDetected) {
        languages.merge(lang, 1L, Long::sum);
        if (wasDetected) detected++;
    }

    /** New articles. */
    public synchronized long addedCount() { return added; }
    /** Articles that replaced one with the same id. */
    public synchronized long replacedCount() { return replaced; }
    /** Articles indexed, new or replacing. */
    public synchronized long indexedCount() { return added + replaced; }
    public synchronized List<Problem> skipped() { return List.copyOf(skipped); }
    public synchronized List<Problem> failed() { return List.copyOf(failed); }
    public double seconds() { return elapsedNanos / 1e9; }

    /** Seconds of {@link #seconds()} spent merging the index into one segment; 0 when the run did not merge it. */
    public synchronized double mergeSeconds() { return mergeNanos / 1e9; }
    /** Articles indexed per language (as decided: given, forced or detected). */
    public synchronized Map<String, Long> languages() { return Map.copyOf(languages); }
    /** Articles of earlier runs rewritten without the boilerplate lines this run learned. */
    public synchronized long earlierArticlesCleaned() { return cleanedEarlier; }
    /** Articles whose language was detected rather than given. */
    public synchronized long detectedCount() { return detected; }

    /** One line: "languages en 3, fr 2 (4 detected)". */
    public synchronized String languageSummary() {
        StringBuilder b = new StringBuilder("languages");
        languages.forEach((lang, n) -> b.append(b.length() > 9 ? ", " : " ").append(lang).append(' ').append(n));
        if (languages.isEmpty()) b.append(" none");
        return b.append(" (").append(detected).append(" detected)").toString();
    }

    /**
     * One line: "indexed 5 (5 new, 0 replaced), skipped 0, failed 0 in 0.4 s", and after a bulk import
     * "… in 29.4 s (5.2 s of it merging the index for search)".
     */
    public synchronized String summary() {
        String line = String.format(java.util.Locale.ROOT, "indexed %d (%d new, %d replaced), skipped %d, failed %d in %.1f s",
                indexedCount(), added, replaced, skipped.size(), failed.size(), seconds());
        return mergeNanos == 0 ? line : line + String.format(java.util.Locale.ROOT, " (%.1f s of it merging the index for search)", mergeSeconds());
    }
}
