package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.newsarchive.index.Fields;

/**
 * How many reprint clusters the matches fall into: the total of a collapsed page, which shows one hit per cluster.
 * Each segment marks the ordinals of its matches' clusters in a bit set (one bit per distinct cluster, not per match);
 * segments are joined by the cluster ids behind the marked ordinals. Articles indexed before clustering existed have no
 * cluster and count as clusters of their own, as {@link Collapse} shows them.
 */
final class ClusterCount implements CollectorManager<ClusterCount.Counter, Long> {
    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Long reduce(Collection<Counter> counters) throws IOException {
        List<Counter.Leaf> leaves = new ArrayList<>();
        long alone = 0;
        for (Counter c : counters) {
            leaves.addAll(c.leaves);
            alone += c.withoutCluster;
        }
        if (leaves.size() == 1) return alone + leaves.get(0).marked.cardinality();
        Set<BytesRef> clusters = new HashSet<>();
        for (Counter.Leaf leaf : leaves) {
            FixedBitSet marked = leaf.marked;
            for (int ord = marked.nextSetBit(0); ord != DocIdSetIterator.NO_MORE_DOCS;
                 ord = ord + 1 < marked.length() ? marked.nextSetBit(ord + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                clusters.add(BytesRef.deepCopyOf(leaf.values.lookupOrd(ord)));
            }
        }
        return alone + clusters.size();
    }

    /** Marks one searcher's matches. */
    static final class Counter implements Collector {
        record Leaf(SortedDocValues values, FixedBitSet marked) {}

        private final List<Leaf> leaves = new ArrayList<>();
        private long withoutCluster;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues values = DocValues.getSorted(context.reader(), Fields.CLUSTER);
            // A second instance for the collection itself: the one kept reads the ordinals' ids after the search.
            SortedDocValues collected = DocValues.getSorted(context.reader(), Fields.CLUSTER);
            FixedBitSet marked = new FixedBitSet(Math.max(1, values.getValueCount()));
            leaves.add(new Leaf(values, marked));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (collected.advanceExact(doc)) marked.set(collected.ordValue());
                    else withoutCluster++;
                }
            };
        }
    }
}
