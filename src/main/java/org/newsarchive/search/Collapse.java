package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.newsarchive.index.Fields;

/**
 * One hit per reprint cluster: walks the ranked hits and keeps the first (best ranked) hit of each cluster, then
 * counts the other members of its cluster in the whole archive ("N similar"). Lucene core has no collapse.
 *
 * <p>A first page (no cursor) needs nothing more: the first hit of a cluster in the ranking is its best. A page after a
 * cursor starts in the middle of the ranking, where a cluster's first hit may be a member of a cluster already shown
 * on an earlier page; such a hit is the cluster's representative only when no match of the query in its cluster
 * ranks above it, which one search of the cluster's matches tells. Only clusters with other members need it, and
 * most articles are alone in theirs.
 */
final class Collapse {
    private Collapse() {}

    interface HitMaker {
        SearchHit make(ScoreDoc sd) throws IOException;
    }

    /**
     * @param hits the page's hits
     * @param last the ranked position of the page's last hit (for the next cursor), or null when the page is empty
     * @param more whether another cluster follows the page
     */
    record Page(List<SearchHit> hits, FieldDoc last, boolean more) {}

    /**
     * @param ranked   the matches after the cursor (or from the top), in the page's order
     * @param complete whether {@code ranked} holds every match after the cursor, not only the first of them
     * @param afterCursor whether {@code ranked} starts after a cursor, so that clusters may have been shown before
     */
    static Page firstPerCluster(IndexSearcher searcher, Query query, Sort sort, ScoreDoc[] ranked, boolean complete,
                                boolean afterCursor, int offset, int size, HitMaker hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Set<String> seen = new HashSet<>();
        List<SearchHit> out = new ArrayList<>();
        FieldDoc last = null;
        int groups = 0;
        for (ScoreDoc sd : ranked) {
            String cluster = clusterOf(leaves, sd.doc);
            // Articles indexed before clustering existed are clusters of their own.
            if (cluster != null && !seen.add(cluster)) continue;
            int others = cluster == null ? 0 : searcher.count(new TermQuery(new Term(Fields.CLUSTER, cluster))) - 1;
            if (afterCursor && others > 0 && !ranksFirstInItsCluster(searcher, query, sort, cluster, sd.doc)) continue;
            if (out.size() == size) return new Page(out, last, true);
            if (groups++ < offset) continue;
            out.add(hits.make(sd).withSimilar(others));
            last = (FieldDoc) sd;
        }
        // The window ended before the page did, or right after it: more matches may follow it.
        return new Page(out, last, !complete && size > 0 && !out.isEmpty());
    }

    private static String clusterOf(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues clusters = DocValues.getSorted(leaf.reader(), Fields.CLUSTER);
        return clusters.advanceExact(doc - leaf.docBase) ? clusters.lookupOrd(clusters.ordValue()).utf8ToString() : null;
    }

    /** Whether {@code doc} is the best ranked of the query's matches in {@code cluster} (same scores, same order). */
    private static boolean ranksFirstInItsCluster(IndexSearcher searcher, Query query, Sort sort, String cluster, int doc)
            throws IOException {
        Query inCluster = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.CLUSTER, cluster)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs best = searcher.search(inCluster, new TopFieldCollectorManager(sort, 1, null, 1));
        return best.scoreDocs.length > 0 && best.scoreDocs[0].doc == doc;
    }
}
