package org.newsarchive.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsarchive.Article;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.JsonlArticleReader;

/**
 * Writes from the API: every article's outcome counted, then one commit, so that an answer means
 * durable and searchable (the commit also reopens the searchers).
 */
final class ArticleService {
    private final ArchiveIndex index;
    private final Indexer indexer;

    ArticleService(ArchiveIndex index, Indexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    /**
     * One article's fate; {@code item} counts from 1 in request order. {@code reason} says why it failed,
     * {@code warning} what of a written article was not taken as given.
     */
    record Outcome(int item, String id, String outcome, String reason, String warning) {
        Outcome(int item, String id, String outcome, String reason) {
            this(item, id, outcome, reason, null);
        }

        Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("item", item);
            out.put("id", id);
            out.put("outcome", outcome);
            if (reason != null) out.put("reason", reason);
            if (warning != null) out.put("warning", warning);
            return out;
        }
    }

    /** What a client should know about an article written not quite as sent, or null. */
    static String warning(Article article) {
        return JsonlArticleReader.unreadableDateWarning(article);
    }

    /** Indexes the parsed items, commits, and returns one outcome per item. */
    List<Outcome> write(List<IngestItem> items) throws IOException {
        List<Outcome> outcomes = new ArrayList<>(items.size());
        boolean wrote = false;
        int n = 0;
        for (IngestItem item : items) {
            n++;
            switch (item) {
                case IngestItem.Parsed p -> {
                    try {
                        ArchiveIndex.Outcome o = indexer.write(p.article());
                        outcomes.add(new Outcome(n, p.article().id(), o == ArchiveIndex.Outcome.ADDED ? "added" : "replaced",
                                null, warning(p.article())));
                        wrote = true;
                    } catch (IllegalArgumentException e) {
                        // Lucene refuses some documents (a term over 32 KB): that article fails, the others go on.
                        outcomes.add(new Outcome(n, p.article().id(), "failed", "not indexable: " + e.getMessage()));
                    }
                }
                case IngestItem.Failed f -> outcomes.add(new Outcome(n, null, "failed", f.reason()));
                case IngestItem.Skipped s -> outcomes.add(new Outcome(n, null, "failed", s.reason()));
            }
        }
        if (wrote) {
            indexer.cleanEarlierArticles();
            index.commit();
            indexer.saveLearnedLines();
        }
        return outcomes;
    }

    /** Saves what the writes taught about boilerplate, counts included: when the service stops. */
    void saveLearned() throws IOException {
        indexer.saveLearnedBoilerplate();
    }

    /** Deletes and commits; false when no article had that id. */
    boolean delete(String id) throws IOException {
        boolean existed = index.delete(id);
        index.commit();
        return existed;
    }
}
