package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.ArticleDocuments;

/**
 * Every match of a request, in the request's order, handed over one article at a time: pages of
 * {@value #PAGE} hits with search-after on one searcher, so memory stays flat whatever the result size
 * and the export sees one point in time even while writes go on.
 */
public final class MatchExport {
    /** Hits fetched per round; only this many stored documents are held at once. */
    static final int PAGE = 500;

    private final ArchiveIndex index;
    private final QueryFactory queries;
    private final Similarity similarity;

    public MatchExport(ArchiveIndex index, RankingConfig ranking) {
        this.index = index;
        this.queries = new QueryFactory(index.analyzers(), ranking);
        this.similarity = ranking.similarity();
    }

    /** What receives each match; may throw IOException (a client that went away ends the export). */
    @FunctionalInterface
    public interface Sink {
        void accept(StoredArticle article) throws IOException;
    }

    /**
     * Sends every article matching {@code request} (its query, filters and sort; size, offset and cursor are
     * ignored) to {@code sink}, and returns how many were sent.
     */
    public long forEach(SearchRequest request, Sink sink) throws IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            searcher.setSimilarity(similarity);
            Query query = queries.build(request, LuceneArchiveSearch.indexedLanguages(searcher.getIndexReader())).full();
            Sort sort = request.sort() == SearchRequest.Sort.RELEVANCE ? LuceneArchiveSearch.BY_RELEVANCE : LuceneArchiveSearch.BY_DATE;
            long sent = 0;
            FieldDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, query, PAGE, sort);
                ScoreDoc[] docs = page.scoreDocs;
                var stored = searcher.storedFields();
                for (ScoreDoc sd : docs) {
                    var doc = stored.document(sd.doc);
                    sink.accept(new StoredArticle(ArticleDocuments.toArticle(doc), ArticleDocuments.ingested(doc)));
                    sent++;
                }
                if (docs.length < PAGE) return sent;
                after = (FieldDoc) docs[docs.length - 1];
            }
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** {@link #forEach} for callers whose sink does no IO. */
    public long forEachUnchecked(SearchRequest request, Sink sink) {
        try {
            return forEach(request, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
