package org.newsarchive.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.newsarchive.index.Fields;

/**
 * Counts year, month, language and date source over every match. Each segment's documents are read once into a
 * {@link FacetTable} (every document's combination of the four values as one small number), so counting a match
 * costs one array read and one increment, whatever the number of fields.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {
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
            FacetTable table = FacetTable.of(context.reader());
            int[] comboOfDoc = table.comboOfDoc();
            int[] perCombo = new int[table.combos()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    perCombo[comboOfDoc[doc]]++;
                }

                @Override
                public void finish() {
                    for (int combo = 0; combo < perCombo.length; combo++) {
                        if (perCombo[combo] == 0) continue;
                        for (int f = 0; f < FacetTable.FIELDS.size(); f++) {
                            String value = table.value(combo, f);
                            if (value != null) {
                                totals.computeIfAbsent(FacetTable.FIELDS.get(f), k -> new HashMap<>()).merge(value, (long) perCombo[combo], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
