package org.newsarchive.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.newsarchive.index.Fields;

/**
 * Counts year, month and language over every match, from doc values: ordinals per segment, turned into
 * strings once per segment, so the cost is one array increment per match and field.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {
    static final List<String> FIELDS = List.of(Fields.YEAR, Fields.MONTH, Fields.LANG, Fields.DATE_SOURCE);

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
        Map<String, Map<String, Long>> merged = new HashMap<>();
        for (Counter c : counters) {
            c.totals.forEach((field, counts) -> counts.forEach((value, n) ->
                    merged.computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Long::sum)));
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        // Dates read in time order; languages by count, largest first.
        out.put(Fields.YEAR, new TreeMap<>(merged.getOrDefault(Fields.YEAR, Map.of())));
        out.put(Fields.MONTH, new TreeMap<>(merged.getOrDefault(Fields.MONTH, Map.of())));
        Map<String, Long> langs = new LinkedHashMap<>();
        merged.getOrDefault(Fields.LANG, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> langs.put(e.getKey(), e.getValue()));
        out.put(Fields.LANG, langs);
        // Where the dates of the matches came from; "none" counts the undated matches.
        out.put(Fields.DATE_SOURCE, new TreeMap<>(merged.getOrDefault(Fields.DATE_SOURCE, Map.of())));
        return out;
    }

    /** Counts one searcher's matches. */
    static final class Counter implements Collector {
        private final Map<String, Map<String, Long>> totals = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = FIELDS.size();
            SortedDocValues[] values = new SortedDocValues[n];
            int[][] counts = new int[n][];
            for (int i = 0; i < n; i++) {
                values[i] = DocValues.getSorted(context.reader(), FIELDS.get(i));
                counts[i] = new int[values[i].getValueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < n; i++) {
                        if (values[i].advanceExact(doc)) counts[i][values[i].ordValue()]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < n; i++) {
                        Map<String, Long> field = totals.computeIfAbsent(FIELDS.get(i), f -> new HashMap<>());
                        for (int ord = 0; ord < counts[i].length; ord++) {
                            if (counts[i][ord] > 0) field.merge(values[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
                        }
                    }
                }
            };
        }
    }
}
