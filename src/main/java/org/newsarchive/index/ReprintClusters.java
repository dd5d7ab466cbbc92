package org.newsarchive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsarchive.PartialDate;

/**
 * Gives each new article the reprint cluster of its most similar earlier article, or a cluster of its own.
 *
 * <p>Candidates are the articles sharing at least one MinHash band with it: those already searchable are found by
 * querying their band keywords ({@link Fields#MINHASH_BAND}), so clustering carries across ingest runs; those
 * written since the last refresh sit in a small in-memory table until the searcher sees them. A candidate joins
 * when the estimated Jaccard similarity of the word-shingle sets reaches {@link #THRESHOLD}. Clusters are never
 * merged afterwards: an article that bridges two existing clusters joins the closer one.
 */
public final class ReprintClusters {
    /** Estimated Jaccard similarity of 3-word shingles from which two articles are reprints (tuned on OrangeSum). */
    public static final double THRESHOLD = 0.5;
    /** Candidates read from the index per article: the best band matches come first. */
    private static final int MAX_INDEX_CANDIDATES = 20;

    /** What clustering needs to know of an article already assigned. */
    public record Member(String id, String cluster, PartialDate date, String dateSource, int[] signature) {}

    /**
     * Where an article goes.
     *
     * @param cluster    the cluster id (the id of its first member)
     * @param closest    the most similar earlier member, or null when the article starts a cluster
     * @param similarity estimated Jaccard similarity to {@code closest}
     * @param dated      the most similar member above the threshold that has a date, or null
     * @param undated    the members above the threshold that have no date, with their similarity: a dated article
     *                   arriving after them gives them its date ({@link ReprintsAndDates#takeLateDates})
     */
    public record Assignment(String cluster, Member closest, double similarity, Member dated, List<Similar> undated) {
        static Assignment alone(String id) {
            return new Assignment(id, null, 0, null, List.of());
        }
    }

    /** A member and its estimated similarity to the article being assigned. */
    public record Similar(Member member, double similarity) {}

    private final Map<BytesRef, List<Member>> pending = new HashMap<>();
    private final double threshold;

    public ReprintClusters() {
        this(THRESHOLD);
    }

    /** Clusters with another threshold: for measuring its effect only. */
    public ReprintClusters(double threshold) {
        this.threshold = threshold;
    }

    /** The cluster for article {@code id} with {@code signature} (null signature: a cluster of its own). */
    public Assignment assign(String id, int[] signature, IndexSearcher searcher) throws IOException {
        if (signature == null) return Assignment.alone(id);
        Map<String, Member> candidates = new LinkedHashMap<>();
        List<BytesRef> keys = MinHash.bandKeys(signature);
        for (BytesRef key : keys) {
            for (Member m : pending.getOrDefault(key, List.of())) candidates.putIfAbsent(m.id(), m);
        }
        if (searcher != null) {
            for (Member m : searchable(keys, searcher)) candidates.putIfAbsent(m.id(), m);
        }
        Member best = null;
        double bestSim = 0;
        Member dated = null;
        double datedSim = 0;
        List<Similar> undated = new ArrayList<>(0);
        for (Member m : candidates.values()) {
            if (m.id().equals(id) || m.signature() == null) continue;
            double sim = MinHash.similarity(signature, m.signature());
            if (sim < threshold) continue;
            if (sim > bestSim) { best = m; bestSim = sim; }
            if (m.date() != null && sim > datedSim) { dated = m; datedSim = sim; }
            if (m.date() == null) undated.add(new Similar(m, sim));
        }
        return best == null ? Assignment.alone(id) : new Assignment(best.cluster(), best, bestSim, dated, undated);
    }

    /** Makes a just-written article a candidate for the next ones, until the searcher sees it. */
    public void remember(Member member) {
        if (member.signature() == null) return;
        for (BytesRef key : MinHash.bandKeys(member.signature())) {
            pending.computeIfAbsent(key, k -> new ArrayList<>(2)).add(member);
        }
    }

    /** The searcher now sees every article remembered so far. */
    public void forgetPending() {
        pending.clear();
    }

    /**
     * The searchable articles sharing the most bands with {@code keys}. The band postings are read directly, one
     * seek per key and segment: as a query of 32 clauses, building the term states (with a read-ahead hint per
     * term) cost more than the whole rest of clustering, and almost every key of a new article is unknown anyway.
     */
    private static List<Member> searchable(List<BytesRef> keys, IndexSearcher searcher) throws IOException {
        Map<Integer, Integer> sharedBands = new HashMap<>();
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.MINHASH_BAND);
            if (terms == null) continue;
            TermsEnum termsEnum = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (BytesRef key : keys) {
                if (!termsEnum.seekExact(key)) continue;
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) sharedBands.merge(leaf.docBase + d, 1, Integer::sum);
                }
            }
        }
        // Most shared bands first, then the earlier document: the same candidates whatever the map's order.
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(sharedBands.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Member> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (var e : ranked.subList(0, Math.min(MAX_INDEX_CANDIDATES, ranked.size()))) out.add(member(stored.document(e.getKey())));
        return out;
    }

    /** Reads the clustering facts stored in a document. */
    public static Member member(Document doc) {
        BytesRef sig = doc.getBinaryValue(Fields.MINHASH);
        String date = doc.get(Fields.DATE);
        return new Member(doc.get(Fields.ID), clusterOf(doc), date == null ? null : PartialDate.parse(date),
                doc.get(Fields.DATE_SOURCE), sig == null ? null : MinHash.fromBytes(sig.bytes, sig.offset, sig.length));
    }

    /** The stored cluster, or the article's own id for documents indexed before clustering existed. */
    public static String clusterOf(Document doc) {
        String cluster = doc.get(Fields.CLUSTER);
        return cluster == null ? doc.get(Fields.ID) : cluster;
    }
}
