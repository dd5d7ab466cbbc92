package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.newsarchive.index.Analyzers;

/** A query clearly in one language weighs that language's clause; a filtered or unsure query weighs none. */
class QueryLanguagePreferenceTest {
    private final QueryFactory factory = new QueryFactory(new Analyzers(), RankingConfig.DEFAULT,
            text -> Map.of("government crisis", "en").get(text));
    private final List<String> indexed = List.of("en", "es", "fr");

    private Map<Float, Long> boostsOfLanguageClauses(SearchRequest request) {
        BooleanQuery full = (BooleanQuery) factory.build(request, indexed).full();
        BooleanQuery any = (BooleanQuery) full.clauses().getFirst().query();
        return any.clauses().stream().map(BooleanClause::query)
                .collect(java.util.stream.Collectors.groupingBy(q -> q instanceof BoostQuery b ? b.getBoost() : 1f,
                        java.util.stream.Collectors.counting()));
    }

    @Test
    void queryInOneLanguage_boostsThatLanguageOnly() {
        assertEquals(Map.of(QueryFactory.QUERY_LANGUAGE_BOOST, 1L, 1f, 2L),
                boostsOfLanguageClauses(SearchRequest.of("government crisis").withPlain(true)));
    }

    @Test
    void unsureQuery_boostsNoLanguage() {
        assertEquals(Map.of(1f, 3L), boostsOfLanguageClauses(SearchRequest.of("police").withPlain(true)));
    }

    @Test
    void languageFilter_needsNoPreference() {
        var request = new SearchRequest("government crisis", null, null, "es", null, 10, 0, null, true);
        BooleanQuery full = (BooleanQuery) factory.build(request, indexed).full();
        Query text = full.clauses().getFirst().query();
        assertFalse(text instanceof BoostQuery, text.toString());
        assertTrue(QueryFactory.readsOnlyFieldsOf(text, "es"), text.toString());
    }
}
