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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newsarchive.index.Fields;

/**
 * One hit per reprint cluster: walks the ranked window and keeps the first (best ranked) hit of each cluster, then
 * counts the other members of its cluster in the whole archive ("N similar"). Lucene core has no collapse; this
 * per-cluster dedup over the top {@link LuceneArchiveSearch#COLLAPSE_WINDOW} hits is exact for the pages inside
 * that window, which is where people read.
 */
final class Collapse {
    private Collapse() {}

    interface HitMaker {
        SearchHit make(ScoreDoc sd) throws IOException;
    }

    static List<SearchHit> firstPerCluster(IndexSearcher searcher, ScoreDoc[] ranked, int offset, int size, HitMaker hits)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Set<String> seen = new HashSet<>();
        List<SearchHit> out = new ArrayList<>();
        int groups = 0;
        for (ScoreDoc sd : ranked) {
            if (out.size() == size) break;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SortedDocValues clusters = DocValues.getSorted(leaf.reader(), Fields.CLUSTER);
            String cluster = clusters.advanceExact(sd.doc - leaf.docBase) ? clusters.lookupOrd(clusters.ordValue()).utf8ToString() : null;
            // Articles indexed before clustering existed are clusters of their own.
            if (cluster != null && !seen.add(cluster)) continue;
            if (groups++ < offset) continue;
            SearchHit hit = hits.make(sd);
            int others = cluster == null ? 0 : searcher.count(new TermQuery(new Term(Fields.CLUSTER, cluster))) - 1;
            out.add(hit.withSimilar(others));
        }
        return out;
    }
}
