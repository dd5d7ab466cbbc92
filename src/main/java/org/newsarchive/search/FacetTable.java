package org.newsarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.newsarchive.index.Fields;

/**
 * One segment's facet values, read once: every document's combination of year, month, language and date source
 * as one number (an archive has a few thousand combinations at most: months × languages × sources), and the four
 * values of each combination. Counting facets over the matches of a query is then one array increment per match.
 *
 * <p>Kept per segment core, dropped when the segment closes: a segment's doc values never change (the archive
 * never updates doc values in place; a replaced article is a new document), deletions do not matter since only
 * live matches are counted. Four bytes per document.
 */
final class FacetTable {
    static final List<String> FIELDS = List.of(Fields.YEAR, Fields.MONTH, Fields.LANG, Fields.DATE_SOURCE);

    private static final Map<IndexReader.CacheKey, FacetTable> BY_SEGMENT = new ConcurrentHashMap<>();

    private final int[] comboOfDoc;
    /** Per combination, the value of each field (null when the document has none). */
    private final String[][] values;

    private FacetTable(int[] comboOfDoc, String[][] values) {
        this.comboOfDoc = comboOfDoc;
        this.values = values;
    }

    /** The table of a segment, built on first use and kept while the segment is open. */
    static FacetTable of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) return build(segment);
        FacetTable cached = BY_SEGMENT.get(helper.getKey());
        if (cached != null) return cached;
        FacetTable built = build(segment);
        if (BY_SEGMENT.putIfAbsent(helper.getKey(), built) == null) helper.addClosedListener(BY_SEGMENT::remove);
        return built;
    }

    /** Segments with a table now (for tests: tables must go with their segments). */
    static int cachedSegments() {
        return BY_SEGMENT.size();
    }

    int[] comboOfDoc() {
        return comboOfDoc;
    }

    int combos() {
        return values.length;
    }

    /** The value of field {@code f} (index in {@link #FIELDS}) for a combination, or null. */
    String value(int combo, int f) {
        return values[combo][f];
    }

    private static FacetTable build(LeafReader segment) throws IOException {
        int n = FIELDS.size();
        SortedDocValues[] dv = new SortedDocValues[n];
        for (int f = 0; f < n; f++) dv[f] = DocValues.getSorted(segment, FIELDS.get(f));
        int[] comboOfDoc = new int[segment.maxDoc()];
        Map<Combo, Integer> ids = new HashMap<>();
        List<String[]> values = new ArrayList<>();
        int[] ords = new int[n];
        Combo probe = new Combo(ords); // looks up the current document's ordinals without a copy
        for (int doc = 0; doc < comboOfDoc.length; doc++) {
            for (int f = 0; f < n; f++) ords[f] = dv[f].advanceExact(doc) ? dv[f].ordValue() : -1;
            Integer id = ids.get(probe);
            if (id == null) {
                id = values.size();
                ids.put(new Combo(ords.clone()), id);
                String[] labels = new String[n];
                for (int f = 0; f < n; f++) labels[f] = ords[f] < 0 ? null : dv[f].lookupOrd(ords[f]).utf8ToString();
                values.add(labels);
            }
            comboOfDoc[doc] = id;
        }
        return new FacetTable(comboOfDoc, values.toArray(String[][]::new));
    }

    /** Ordinals of one document in the four fields, as a map key. */
    private record Combo(int[] ords) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Combo c && Arrays.equals(ords, c.ords);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ords);
        }
    }
}
