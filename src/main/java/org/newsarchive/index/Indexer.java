package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.newsarchive.Article;
import org.newsarchive.ingest.ArticleWalker;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.LanguageDetector;
import org.newsarchive.ingest.LanguageDetector.Detection;

/**
 * Reads files into articles and writes them to the index, counting every outcome. Catch-and-continue lives
 * here only: one bad article or file is counted and named, and the rest of the batch goes on.
 */
public final class Indexer {
    /** Writes become visible to the id check (added or replaced) at least this often. */
    private static final int REFRESH_EVERY = 50_000;

    /** {@code --lang auto}: detect every article's language, ignoring the one it states. */
    public static final String DETECT_ALL = "auto";

    private final ArchiveIndex index;
    private final String defaultLang;
    private final String forcedLang;
    private final LanguageDetector detector;

    /**
     * Without detection.
     *
     * @param defaultLang language of articles that do not say theirs
     * @param forcedLang  language for every article, whatever they say (null: keep theirs)
     */
    public Indexer(ArchiveIndex index, String defaultLang, String forcedLang) {
        this(index, defaultLang, forcedLang, null);
    }

    /**
     * With detection: an article's stated language wins, else {@code detector} decides (und when unsure).
     *
     * @param forcedLang language for every article (null: keep theirs; {@link #DETECT_ALL}: detect them all)
     */
    public Indexer(ArchiveIndex index, LanguageDetector detector, String forcedLang) {
        this(index, null, forcedLang, detector);
    }

    private Indexer(ArchiveIndex index, String defaultLang, String forcedLang, LanguageDetector detector) {
        if (DETECT_ALL.equals(forcedLang) && detector == null) throw new IllegalArgumentException("'auto' needs a detector");
        this.index = index;
        this.defaultLang = defaultLang;
        this.forcedLang = forcedLang;
        this.detector = detector;
    }

    /** Indexes every article under {@code paths}, commits, and reports; {@code progress} gets the running count. */
    public IndexReport index(List<Path> paths, LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        IndexReport report = new IndexReport();
        long[] done = {0};
        try {
            new ArticleWalker().walk(paths, item -> {
                switch (item) {
                    case IngestItem.Parsed parsed -> write(parsed.article(), report);
                    case IngestItem.Skipped s -> report.skipped(new IndexReport.Problem(s.file(), 0, s.reason()));
                    case IngestItem.Failed f -> report.failed(new IndexReport.Problem(f.file(), f.line(), f.reason()));
                }
                progress.accept(++done[0]);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // What was written is committed even when the run stops half-way.
            index.commit();
        }
        report.elapsed(System.nanoTime() - started);
        return report;
    }

    /** Indexes one article that came from elsewhere (the HTTP API). */
    public ArchiveIndex.Outcome write(Article article) throws IOException {
        Detection lang = language(article);
        return index.upsert(article.withLang(lang.lang()), lang.given() ? null : lang.confidence());
    }

    private void write(Article article, IndexReport report) {
        try {
            Detection lang = language(article);
            ArchiveIndex.Outcome outcome = index.upsert(article.withLang(lang.lang()), lang.given() ? null : lang.confidence());
            if (outcome == ArchiveIndex.Outcome.ADDED) report.added(); else report.replaced();
            report.language(Analyzers.supported(lang.lang()), !lang.given());
            if ((report.indexedCount() % REFRESH_EVERY) == 0) index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // Lucene refuses some documents (a term over 32 KB, say): that article fails, the batch goes on.
            report.failed(new IndexReport.Problem(article.file() == null ? article.id() : article.file(), 0,
                    "not indexable: " + e.getMessage()));
        }
    }

    /** Forced, else stated, else detected (or the default language when there is no detector). */
    Detection language(Article article) {
        if (DETECT_ALL.equals(forcedLang)) return detector.detect(article);
        if (forcedLang != null) return new Detection(forcedLang, 1, true);
        if (detector != null) return detector.decide(article);
        return new Detection(article.lang() == null ? defaultLang : article.lang(), 1, true);
    }
}
