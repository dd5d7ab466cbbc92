package org.newsarchive.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.IndexSearcher;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.ingest.DateInference;

/**
 * What ingest learns about an article from the archive around it: its reprint cluster, and a date when it has
 * none, in this order — (a) the header, (b, c) its own words ({@link DateInference}), (d) the date of its most
 * similar dated reprint — else none.
 *
 * <p>Rule (d) works in both directions: an undated article takes the date of a dated reprint written before it,
 * and a dated article written later gives its date to the undated reprints written before it, so that the outcome
 * does not depend on the order of the files. The second direction cannot change documents already written: it is
 * collected as {@link #takeLateDates() late dates}, which {@link ArchiveIndex} writes before each commit.
 */
public final class ReprintsAndDates {
    /** Below this many words the body alone is too short a fingerprint: the title joins it. */
    private static final int MIN_BODY_WORDS = 30;

    private final ReprintClusters clusters;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final LongAdder nanos = new LongAdder();
    /** Undated articles that a later dated reprint can date, by id: the most similar such reprint wins. */
    private final Map<String, LateDate> lateDates = new HashMap<>();

    private record LateDate(PartialDate date, double similarity) {}

    public ReprintsAndDates() {
        this(ReprintClusters.THRESHOLD);
    }

    /** With another clustering threshold: for measuring its effect only. */
    public ReprintsAndDates(double threshold) {
        this.clusters = new ReprintClusters(threshold);
    }

    /** The article with its inferred date, and what goes into its document. */
    public record Enriched(Article article, ArticleDocuments.Extras extras) {}

    /**
     * What clustering and dating read of an article, computed from the article alone: bulk ingest computes it on
     * the reading thread, ahead of {@link #enrich(Article, Fingerprint, IndexSearcher)}, which must run in order.
     *
     * @param foldedTitle title lower-cased without accents, the form the date rules read
     * @param foldedBody  body in the same form
     * @param signature   MinHash signature, or null when the article has no words
     */
    public record Fingerprint(String foldedTitle, String foldedBody, int[] signature) {}

    /** The fingerprint of an article; safe on any thread. */
    public Fingerprint fingerprint(Article a) {
        long started = cpuNanos();
        try {
            // Folded once (lower case, no accents): both the signature and the date rules read this form.
            String title = DateInference.fold(a.title());
            String body = DateInference.fold(a.bodyText());
            return new Fingerprint(title, body, MinHash.signature(fingerprintWords(title, body)));
        } finally {
            nanos.add(cpuNanos() - started);
        }
    }

    /** Clusters and dates one article; {@code searcher} sees earlier runs (null: only this run's articles). */
    public Enriched enrich(Article a, IndexSearcher searcher) throws IOException {
        return enrich(a, fingerprint(a), searcher);
    }

    /** As {@link #enrich(Article, IndexSearcher)}, with the article's fingerprint already computed. */
    public Enriched enrich(Article a, Fingerprint fingerprint, IndexSearcher searcher) throws IOException {
        long started = cpuNanos();
        try {
            return decide(a, fingerprint, searcher);
        } finally {
            nanos.add(cpuNanos() - started);
        }
    }

    /** CPU time of the calling thread: ingest runs on a busy machine, and wall time would count other work. */
    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** CPU time spent fingerprinting and enriching so far, on every thread: the ingest cost of this feature. */
    public double seconds() {
        return nanos.sum() / 1e9;
    }

    private Enriched decide(Article a, Fingerprint fingerprint, IndexSearcher searcher) throws IOException {
        String title = fingerprint.foldedTitle();
        String body = fingerprint.foldedBody();
        int[] signature = fingerprint.signature();
        ReprintClusters.Assignment assignment = clusters.assign(a.id(), signature, searcher);
        PartialDate date = a.date();
        String source = DateSources.HEADER;
        if (date == null) {
            String text = title + "\n" + body;
            Optional<PartialDate> stated = DateInference.fromFolded(text);
            if (stated.isPresent()) {
                date = DateInference.refineFolded(stated.get(), text);
                source = DateSources.TEXT;
            } else if (assignment.dated() != null) {
                date = DateInference.refineFolded(assignment.dated().date(), text);
                source = DateSources.CLUSTER;
            } else {
                source = DateSources.NONE;
            }
        }
        Article dated = date == a.date() ? a : a.withDate(date);
        clusters.remember(new ReprintClusters.Member(a.id(), assignment.cluster(), date, source, signature));
        if (date != null) {
            for (ReprintClusters.Similar u : assignment.undated()) {
                lateDates.merge(u.member().id(), new LateDate(date, u.similarity()),
                        (had, now) -> now.similarity() > had.similarity() ? now : had);
            }
        }
        lateDates.remove(a.id());
        return new Enriched(dated, new ArticleDocuments.Extras(assignment.cluster(), source, signature));
    }

    /**
     * The dates that dated articles gave to undated reprints written before them, by id, as their reprints' dates
     * (refine them with {@link #lateDate}); forgets them. An article prepared again since then is not in it.
     */
    public Map<String, PartialDate> takeLateDates() {
        Map<String, PartialDate> out = new HashMap<>();
        lateDates.forEach((id, late) -> out.put(id, late.date()));
        lateDates.clear();
        return out;
    }

    /** The date an undated article takes from a reprint's {@code date}: made more precise by its own words when they allow. */
    public static PartialDate lateDate(PartialDate reprintDate, Article undated) {
        return DateInference.refineFolded(reprintDate,
                DateInference.fold(undated.title()) + "\n" + DateInference.fold(undated.bodyText()));
    }

    /** The searcher now sees every article enriched so far. */
    public void searcherCaughtUp() {
        clusters.forgetPending();
    }

    /** The words of the body, with the title's in front when the body is short. */
    static List<String> fingerprintWords(String foldedTitle, String foldedBody) {
        List<String> body = MinHash.foldedWords(foldedBody);
        if (body.size() >= MIN_BODY_WORDS) return body;
        List<String> words = new ArrayList<>(MinHash.foldedWords(foldedTitle));
        words.addAll(body);
        return words;
    }
}
