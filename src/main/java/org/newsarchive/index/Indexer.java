package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.newsarchive.Article;
import org.newsarchive.ingest.ArticleWalker;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.LearnedBoilerplate;

/**
 * Reads files into articles and writes them to the index, counting every outcome. Catch-and-continue lives
 * here only: one bad article or file is counted and named, and the rest of the batch goes on.
 */
public final class Indexer {
    /** Writes become visible to the id check (added or replaced) at least this often. */
    private static final int REFRESH_EVERY = 50_000;
    /** Text kept in memory between the two ingest passes (about 100 MB); past it the inputs are read again. */
    private static final long MAX_CACHED_CHARS = 100_000_000L;

    private final ArchiveIndex index;
    private final String defaultLang;
    private final String forcedLang;
    /** Paragraphs the archive's sources repeat, learned before writing and removed from articles. */
    private final LearnedBoilerplate boilerplate;
    private long learnNanos;

    /**
     * @param defaultLang language of articles that do not say theirs
     * @param forcedLang  language for every article, whatever they say (null: keep theirs)
     */
    public Indexer(ArchiveIndex index, String defaultLang, String forcedLang) {
        this.index = index;
        this.defaultLang = defaultLang;
        this.forcedLang = forcedLang;
        try {
            this.boilerplate = LearnedBoilerplate.load(index.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes every article under {@code paths}, commits, and reports; {@code progress} gets the running count. */
    public IndexReport index(List<Path> paths, LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        IndexReport report = new IndexReport();
        long[] done = {0};
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
        Consumer<IngestItem> sink = item -> {
            switch (item) {
                case IngestItem.Parsed parsed -> write(boilerplate.clean(parsed.article()), report);
                case IngestItem.Skipped s -> report.skipped(new IndexReport.Problem(s.file(), 0, s.reason()));
                case IngestItem.Failed f -> report.failed(new IndexReport.Problem(f.file(), f.line(), f.reason()));
            }
            progress.accept(++done[0]);
        };
        try {
            if (cachedChars[0] <= MAX_CACHED_CHARS) cached.forEach(sink); else new ArticleWalker().walk(paths, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // What was written is committed even when the run stops half-way.
            index.commit();
            boilerplate.save(index.path());
        }
        report.elapsed(System.nanoTime() - started);
        return report;
    }

    /** Seconds spent reading the inputs a first time to learn their boilerplate. */
    public double boilerplateSeconds() {
        return learnNanos / 1e9;
    }

    /** Indexes one article that came from elsewhere (the HTTP API). */
    public ArchiveIndex.Outcome write(Article article) throws IOException {
        return index.upsert(withLanguage(boilerplate.clean(article)));
    }

    private void write(Article article, IndexReport report) {
        try {
            ArchiveIndex.Outcome outcome = index.upsert(withLanguage(article));
            if (outcome == ArchiveIndex.Outcome.ADDED) report.added(); else report.replaced();
            if ((report.indexedCount() % REFRESH_EVERY) == 0) index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // Lucene refuses some documents (a term over 32 KB, say): that article fails, the batch goes on.
            report.failed(new IndexReport.Problem(article.file() == null ? article.id() : article.file(), 0,
                    "not indexable: " + e.getMessage()));
        }
    }

    private Article withLanguage(Article article) {
        if (forcedLang != null) return article.withLang(forcedLang);
        return article.lang() == null ? article.withLang(defaultLang) : article;
    }
}
