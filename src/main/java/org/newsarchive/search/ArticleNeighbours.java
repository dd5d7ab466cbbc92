package org.newsarchive.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Fields;
import org.newsarchive.index.MinHash;
import org.newsarchive.index.ReprintClusters;

/**
 * An article's neighbours: its reprint cluster ({@link #similar}) and the most similar articles outside it
 * ({@link #related}, Lucene's MoreLikeThis over the article's language field, one article per cluster).
 */
public final class ArticleNeighbours {
    /** Cluster members listed at most. */
    public static final int MAX_SIMILAR = 100;
    /** MoreLikeThis keeps the most distinctive terms of the article, this many. */
    private static final int MAX_QUERY_TERMS = 25;
    /** Related hits read per hit wanted, so that one per cluster still fills the list. */
    private static final int RELATED_OVERFETCH = 4;

    /**
     * One neighbour.
     *
     * @param score for {@link #similar}: estimated Jaccard similarity of the texts; for {@link #related}: BM25 score
     */
    public record Neighbour(String id, String title, String date, String dateSource, String cluster, float score) {}

    private final ArchiveIndex index;

    public ArticleNeighbours(ArchiveIndex index) {
        this.index = index;
    }

    /** The other members of the article's reprint cluster, most similar first; empty when no article has that id. */
    public Optional<List<Neighbour>> similar(String id) {
        return withSearcher(searcher -> {
            Document doc = find(searcher, id);
            if (doc == null) return Optional.empty();
            ReprintClusters.Member self = ReprintClusters.member(doc);
            List<Neighbour> out = new ArrayList<>();
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.CLUSTER, self.cluster())), MAX_SIMILAR + 1);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                ReprintClusters.Member m = ReprintClusters.member(d);
                if (m.id().equals(id)) continue;
                float sim = self.signature() == null || m.signature() == null ? 0f : (float) MinHash.similarity(self.signature(), m.signature());
                out.add(neighbour(d, sim));
            }
            out.sort(Comparator.comparing(Neighbour::score).reversed().thenComparing(Neighbour::id));
            return Optional.of(out.subList(0, Math.min(out.size(), MAX_SIMILAR)));
        });
    }

    /** The {@code n} articles most like this one outside its reprint cluster; empty when no article has that id. */
    public Optional<List<Neighbour>> related(String id, int n) {
        return withSearcher(searcher -> {
            Document doc = find(searcher, id);
            if (doc == null) return Optional.empty();
            String lang = doc.get(Fields.LANG);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(index.analyzers().forLanguage(lang));
            mlt.setFieldNames(new String[] {Fields.text(lang)});
            mlt.setMinTermFreq(1);
            // A term in one article only cannot link it to another.
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
            Query like = mlt.like(Fields.text(lang), new StringReader(doc.get(Fields.TITLE) + "\n\n" + doc.get(Fields.BODY)));
            Query query = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.CLUSTER, ReprintClusters.clusterOf(doc))), BooleanClause.Occur.MUST_NOT)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            // One article per cluster: reprints of one story would otherwise fill the list.
            List<Neighbour> out = new ArrayList<>();
            java.util.Set<String> clusters = new java.util.HashSet<>();
            for (ScoreDoc sd : searcher.search(query, Math.max(1, n) * RELATED_OVERFETCH).scoreDocs) {
                Neighbour candidate = neighbour(searcher.storedFields().document(sd.doc), sd.score);
                if (clusters.add(candidate.cluster())) out.add(candidate);
                if (out.size() == n) break;
            }
            return Optional.of(out);
        });
    }

    private static Neighbour neighbour(Document d, float score) {
        return new Neighbour(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.DATE), d.get(Fields.DATE_SOURCE),
                ReprintClusters.clusterOf(d), score);
    }

    private static Document find(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                return work.apply(searcher);
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
