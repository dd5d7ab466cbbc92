package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.lucene.search.IndexSearcher;
import org.newsarchive.Article;
import org.newsarchive.ingest.ArticleWalker;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.JsonlArticleReader;
import org.newsarchive.ingest.LanguageDetector;
import org.newsarchive.ingest.LearnedBoilerplate;
import org.newsarchive.ingest.LanguageDetector.Detection;

/**
 * Reads files into articles and writes them to the index, counting every outcome. Catch-and-continue lives
 * here only: one bad article or file is counted and named, and the rest of the batch goes on.
 */
public final class Indexer {
    /** Articles read ahead of the writer: bounds memory when reading is faster than writing. */
    private static final int QUEUE_SIZE = 256;
    /** Writes become visible to the id check (added or replaced) at least this often. */
    private static final int REFRESH_EVERY = 50_000;
    /** Default for how many articles may be lost to a crash: the work since the last commit. */
    public static final int DEFAULT_COMMIT_EVERY = 10_000;

    /** {@code --lang auto}: detect every article's language, ignoring the one it states. */
    public static final String DETECT_ALL = "auto";

    /**
     * Text kept in memory between the two ingest passes, in chars: about a sixteenth of the heap (two bytes a char,
     * as much again for the objects around it), so that most runs parse their inputs once and a small heap never runs
     * out; past it the inputs are read again.
     */
    private static final long MAX_CACHED_CHARS = Runtime.getRuntime().maxMemory() / 64;

    private final ArchiveIndex index;
    private final String defaultLang;
    private final String forcedLang;
    private final LanguageDetector detector;
    private final int commitEvery;
    private Consumer<String> notices = message -> {};
    /** Paragraphs the archive's sources repeat, learned before writing and removed from articles. */
    private final LearnedBoilerplate boilerplate;
    private long learnNanos;

    /**
     * Without detection.
     *
     * @param defaultLang language of articles that do not say theirs
     * @param forcedLang  language for every article, whatever they say (null: keep theirs)
     */
    public Indexer(ArchiveIndex index, String defaultLang, String forcedLang) {
        this(index, defaultLang, forcedLang, null, DEFAULT_COMMIT_EVERY);
    }

    /** Without detection, committing every {@code commitEvery} articles. */
    public Indexer(ArchiveIndex index, String defaultLang, String forcedLang, int commitEvery) {
        this(index, defaultLang, forcedLang, null, commitEvery);
    }

    /**
     * With detection: an article's stated language wins, else {@code detector} decides (und when unsure).
     *
     * @param forcedLang language for every article (null: keep theirs; {@link #DETECT_ALL}: detect them all)
     */
    public Indexer(ArchiveIndex index, LanguageDetector detector, String forcedLang) {
        this(index, null, forcedLang, detector, DEFAULT_COMMIT_EVERY);
    }

    /**
     * @param commitEvery commit after every this many articles, so that a crash (kill -9, power loss) loses
     *                    at most that much work; re-running the same ingest then converges (ids are upserted)
     */
    public Indexer(ArchiveIndex index, LanguageDetector detector, String forcedLang, int commitEvery) {
        this(index, null, forcedLang, detector, commitEvery);
    }

    private Indexer(ArchiveIndex index, String defaultLang, String forcedLang, LanguageDetector detector, int commitEvery) {
        if (DETECT_ALL.equals(forcedLang) && detector == null) throw new IllegalArgumentException("'auto' needs a detector");
        if (commitEvery < 1) throw new IllegalArgumentException("commit interval must be at least 1, got " + commitEvery);
        this.commitEvery = commitEvery;
        this.index = index;
        this.defaultLang = defaultLang;
        this.forcedLang = forcedLang;
        this.detector = detector;
        try {
            this.boilerplate = LearnedBoilerplate.load(index.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes every article under {@code paths}, commits, and reports; {@code progress} gets the running count.
     * Reading and language detection run on the calling thread; a second one prepares each article in order
     * (boilerplate, cluster, date, document), and the analysis and writing of documents, most of the work, runs
     * on one thread a core ({@link WriteThreads}).
     */
    public IndexReport index(List<Path> paths, LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        IndexReport report = new IndexReport();
        // First pass: learn the paragraphs this run's sources repeat (see LearnedBoilerplate). What it reads is kept
        // for the second pass while it fits in MAX_CACHED_CHARS, so most runs parse their inputs once.
        List<IngestItem> cached = new ArrayList<>();
        long[] cachedChars = {0};
        new ArticleWalker().walk(paths, item -> {
            if (item instanceof IngestItem.Parsed parsed) {
                boilerplate.observe(parsed.article());
                cachedChars[0] += parsed.article().title().length() + parsed.article().bodyText().length();
            }
            if (cachedChars[0] <= MAX_CACHED_CHARS) cached.add(item); else cached.clear();
        });
        boilerplate.learn();
        learnNanos += System.nanoTime() - started;
        BlockingQueue<Work> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().name("newsarchive-index-writer").start(() -> {
            long done = 0;
            long[] prepared = {0};
            try (WriteThreads writes = new WriteThreads(WriteThreads.defaultThreads(), QUEUE_SIZE)) {
                for (Work work = queue.take(); work != Work.END; work = queue.take()) {
                    switch (work.item()) {
                        case IngestItem.Parsed parsed -> write(work, report, writes, ++prepared[0]);
                        case IngestItem.Skipped s -> report.skipped(new IndexReport.Problem(s.file(), 0, s.reason()));
                        case IngestItem.Failed f -> report.failed(new IndexReport.Problem(f.file(), f.line(), f.reason()));
                    }
                    progress.accept(++done);
                }
                flushSideBySide(writes); // for the final commit
            } catch (Throwable t) {
                writerFailure.set(t);
                queue.clear();
            }
        });
        try {
            long[] unreadableDates = {0};
            // Everything that depends on one article alone is done here, off the thread that must take them in order.
            Consumer<IngestItem> reader = item -> {
                if (item instanceof IngestItem.Parsed p) {
                    String dateWarning = JsonlArticleReader.unreadableDateWarning(p.article());
                    if (dateWarning != null && ++unreadableDates[0] <= MAX_DATE_NOTICES) {
                        notices.accept("article " + p.article().id() + " (" + p.article().file() + "): " + dateWarning);
                    }
                    Article cleaned = boilerplate.clean(p.article());
                    put(queue, new Work(item, cleaned, language(cleaned), index.fingerprint(cleaned)), writerFailure);
                } else {
                    put(queue, new Work(item, null, null, null), writerFailure);
                }
            };
            if (cachedChars[0] <= MAX_CACHED_CHARS) {
                cached.forEach(reader);
                cached.clear();
            } else {
                new ArticleWalker().walk(paths, reader);
            }
            if (unreadableDates[0] > MAX_DATE_NOTICES) {
                notices.accept("... and " + (unreadableDates[0] - MAX_DATE_NOTICES) + " more articles indexed undated:"
                        + " their date is not an ISO date (kept in metadata." + JsonlArticleReader.UNREADABLE_DATE + ")");
            }
            put(queue, Work.END, writerFailure);
            writer.join();
            if (writerFailure.get() == null) report.cleanedEarlier(cleanEarlierArticles());
        } catch (WriterStopped e) {
            // The writer's own failure is thrown below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } finally {
            if (writer.isAlive()) {
                writer.interrupt();
                joinQuietly(writer);
            }
            // What was written is committed even when the run stops half-way.
            index.commit();
            boilerplate.save(index.path());
        }
        Throwable failure = writerFailure.get();
        if (failure instanceof UncheckedIOException e) throw e.getCause();
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
        if (failure != null) throw new IOException("indexing stopped", failure);
        mergeAfterBulkImport(report);
        report.elapsed(System.nanoTime() - started);
        return report;
    }

    /**
     * After a run that wrote at least half of the index (a first import, a re-index), merges it into one segment
     * ({@link ArchiveIndex#mergeIntoOneSegment}). Smaller additions leave the segments to the merge policy: merging a
     * large index whole for a few new articles would rewrite all of it.
     */
    private void mergeAfterBulkImport(IndexReport report) throws IOException {
        long docs;
        IndexSearcher searcher = index.searchers().acquire();
        try {
            docs = searcher.getIndexReader().numDocs();
        } finally {
            index.searchers().release(searcher);
        }
        if (report.indexedCount() == 0 || report.indexedCount() * 2 < docs) return;
        long t0 = System.nanoTime();
        boolean merged = index.mergeIntoOneSegment(bytes -> {
            // A large merge runs for a while after the last article (about 35 s per GB here): say what it is.
            if (bytes >= mergeNoticeBytes) {
                notices.accept(String.format(java.util.Locale.ROOT, "merging the index (%.1f GB) into one segment for faster search...", bytes / 1e9));
            }
        });
        if (merged) report.merged(System.nanoTime() - t0);
    }

    /** Articles named one by one when their date cannot be read; past them, one line counts the rest. */
    static final int MAX_DATE_NOTICES = 5;

    /** Merges of indexes this large are announced through {@link #onNotice} (tests lower it). */
    long mergeNoticeBytes = 500L << 20;

    /** Where this indexer says what a long step is doing (default: nowhere); returns this indexer. */
    public Indexer onNotice(Consumer<String> notices) {
        this.notices = notices;
        return this;
    }

    /** One read item and, for an article, its cleaned form, language and fingerprint: from the reading thread on. */
    private record Work(IngestItem item, Article article, Detection lang, ReprintsAndDates.Fingerprint fingerprint) {
        static final Work END = new Work(null, null, null, null);
    }

    /** Queues work, giving up as soon as the writer has failed (it no longer takes any). */
    private static void put(BlockingQueue<Work> queue, Work work, AtomicReference<Throwable> writerFailure) {
        try {
            while (!queue.offer(work, 100, TimeUnit.MILLISECONDS)) {
                if (writerFailure.get() != null) throw new WriterStopped();
            }
            if (writerFailure.get() != null) throw new WriterStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStopped();
        }
    }

    /** Stops the walk once the writer thread has failed; its failure is what gets reported. */
    private static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super(null, null, false, false);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Saves the boilerplate lines learned so far, for {@code stats}: after each write of articles {@link #write one by one}. */
    public void saveLearnedLines() throws IOException {
        boilerplate.saveLines(index.path());
    }

    /** Saves the learned lines and the counts, for the next runs: when the articles written one by one are done. */
    public void saveLearnedBoilerplate() throws IOException {
        boilerplate.save(index.path());
    }

    /** Seconds spent reading the inputs a first time to learn their boilerplate. */
    public double boilerplateSeconds() {
        return learnNanos / 1e9;
    }

    /**
     * Indexes one article that came from elsewhere (the HTTP API): counted for the learned boilerplate (so a site
     * posting its articles one by one is learned too), then cleaned of what has been learned so far, itself included;
     * {@link #cleanEarlierArticles} then cleans the ones written before.
     */
    public ArchiveIndex.Outcome write(Article article) throws IOException {
        boilerplate.observe(article);
        Article cleaned = boilerplate.clean(article);
        Detection lang = language(cleaned);
        return index.upsert(cleaned.withLang(lang.lang()), lang.given() ? null : lang.confidence());
    }

    /**
     * Rewrites the articles written before a line was learned that still hold it ({@link
     * LearnedBoilerplate#takeFreshlyLearned}): the first articles of a site indexed a few at a time, or posted one by one,
     * lose it too. Returns how many were rewritten. An ingest run does it once its articles are written; the API
     * once a request's articles are written ({@link #write} one by one), before it commits: the rewrite makes the
     * writes so far visible, and a request's articles must become visible together.
     */
    public long cleanEarlierArticles() throws IOException {
        List<LearnedBoilerplate.Line> fresh = boilerplate.takeFreshlyLearned();
        long rewritten = 0;
        for (LearnedBoilerplate.Line line : fresh) rewritten += index.rewriteHolding(line.source(), line.text(), boilerplate::clean);
        if (rewritten > 0) {
            notices.accept(String.format(java.util.Locale.ROOT, "removed %d newly learned boilerplate line%s from %d article%s indexed before",
                    fresh.size(), fresh.size() == 1 ? "" : "s", rewritten, rewritten == 1 ? "" : "s"));
        }
        return rewritten;
    }

    /**
     * Prepares the {@code n}th article of the run in arrival order (cluster, date, document) and hands its write to
     * the write threads; commits every {@link #commitEvery} articles once their writes have landed.
     */
    private void write(Work work, IndexReport report, WriteThreads writes, long n) throws InterruptedException {
        Article article = work.article();
        Detection lang = work.lang();
        try {
            Article decided = article.withLang(lang.lang());
            // A replacement must reach the writer after the write it replaces, or both would stay.
            if (index.isPending(decided.id())) writes.drain();
            ArchiveIndex.PreparedWrite prepared =
                    index.prepare(decided, work.fingerprint(), lang.given() ? null : lang.confidence());
            writes.submit(() -> {
                try {
                    index.write(prepared);
                    if (prepared.outcome() == ArchiveIndex.Outcome.ADDED) report.added(); else report.replaced();
                    report.language(Analyzers.supported(lang.lang()), !lang.given());
                } catch (IllegalArgumentException e) {
                    notIndexable(article, e, report);
                }
            });
            if (n % commitEvery == 0) {
                flushSideBySide(writes);
                index.commit();
            } else if (n % REFRESH_EVERY == 0) {
                writes.drain();
                index.refresh();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            notIndexable(article, e, report);
        }
    }

    /**
     * Once the writes in flight have landed, each write thread flushes one in-memory segment: a commit alone would
     * write them one after another on this thread while the others wait.
     */
    private void flushSideBySide(WriteThreads writes) throws InterruptedException {
        writes.drain();
        for (int t = 0; t < writes.threads(); t++) writes.submit(index::flushNextBuffer);
        writes.drain();
    }

    /** Lucene refuses some documents (a term over 32 KB, say): that article fails, the batch goes on. */
    private static void notIndexable(Article article, IllegalArgumentException e, IndexReport report) {
        report.failed(new IndexReport.Problem(article.file() == null ? article.id() : article.file(), 0,
                "not indexable: " + notIndexableReason(e)));
    }

    /** Lucene's reason in one short line: its "immense term" message quotes the term's first 30 bytes as numbers. */
    private static String notIndexableReason(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("immense term")) return "a word or id longer than 32 KB";
        return message.lines().findFirst().orElse("refused by Lucene");
    }

    /** Forced, else stated, else detected (or the default language when there is no detector). */
    Detection language(Article article) {
        if (DETECT_ALL.equals(forcedLang)) return detector.detect(article);
        if (forcedLang != null) return new Detection(forcedLang, 1, true);
        if (detector != null) return detector.decide(article);
        return new Detection(article.lang() == null ? defaultLang : article.lang(), 1, true);
    }
}
