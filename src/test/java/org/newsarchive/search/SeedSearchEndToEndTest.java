package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.PartialDate;

/** The five bundled seeds indexed into a temporary folder; every query pins its exact set of article ids. */
class SeedSearchEndToEndTest {

    @RegisterExtension
    static final SeedArchive seeds = new SeedArchive();

    @Test
    void everySeedIsIndexed() {
        assertEquals(5, seeds.report().addedCount(), seeds.report().summary());
        assertEquals(List.of(), seeds.report().failed(), seeds.report().summary());
    }

    /** Seed ids by their three-digit prefix, e.g. "000 003". */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "coopération militaire   | 000 003 004",
            "cooperation militaire   | 000 003 004",       // accent-free query
            "hélicoptère             | 000 001",           // singular finds the plural
            "helicopteres            | 000 001",           // plural without accents
            "l'armée                 | 000 001 004",       // elision with '
            "l’ARMÉE                 | 000 001 004",       // elision with ’, upper case
            "\"sadio camara\"        | 000 001",           // phrase
            "\"camara sadio\"        | none",              // phrase order matters
            "Goita                   | 003 004",           // ï folded
            "title:Goïta             | 004",               // field restriction
            "title:goï*              | 004",               // prefix on the title's unstemmed words
            "title:GOITA~1           | 004",               // fuzzy on the title, folded
            "id:002_de41e6a099c3eab1 OR id:004_610d38d5919d78e8 | 002 004", // articles by id
            "id:002_de41e6a099c3eab1 russie | 002",        // an id and a word
            "id:no-such-article      | none",              // an unknown id finds nothing
            "Mali -hélicoptères      | 002 003 004",       // exclusion
            "russie OR djihadistes   | 000 001 002 003 004",
            "djihad*                 | 001",               // prefix on the unstemmed field
            "ievkour*                | 002",               // prefix, folded
            "gouvernemant~1          | 001 003",           // fuzzy
            "Ievkourov               | 002",               // rare word
            "whatsapp                | none",              // call-to-action debris was dropped
            "partagez                | none",              // share widget debris was dropped
            "réaction                | none",              // reaction widget debris was dropped
            "\"Sputnik Afrique\"     | none",              // photo credit is metadata, not body
    })
    void findsExactlyTheseSeeds(String query, String expected) {
        SearchPage page = seeds.search().search(SearchRequest.of(query).withSize(10));
        assertEquals(expectedIds(expected), prefixes(page), "query: " + query);
        assertEquals(page.hits().size(), page.total(), "exact total for: " + query);
    }

    /** Prefix, wildcard and fuzzy words lose their elided article as analysed words do. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "l'arme*          | arme*",
            "L’ARM*           | arm*",
            "d’hélicopt*      | hélicopt*",
            "l'h?licopt*      | h?licopt*",
            "l’armee~1        | armee~1",
            "L'hélicoptère~1  | hélicoptère~1",
    })
    void elidedPrefixWildcardAndFuzzyWords_findWhatTheWordAloneFinds(String elided, String alone) {
        SearchPage withArticle = seeds.search().search(SearchRequest.of(elided).withSize(10));
        SearchPage without = seeds.search().search(SearchRequest.of(alone).withSize(10));
        assertTrue(without.total() > 0, alone + " finds seeds");
        assertEquals(prefixes(without), prefixes(withArticle), elided);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "coopération militaire | relevance | 0  | 10",
            "Mali                  | relevance | 1  | 2",
            "Mali                  | date      | 0  | 10",
            "russie OR djihadistes | date      | 2  | 2",
            "djihad* gouvernemant~1 | relevance | 0 | 10",
            "''                    | date      | 0  | 3",
    })
    void rankedIds_areThePagesIdsInOrder(String query, String sort, int offset, int size) {
        SearchRequest request = new SearchRequest(query, null, null, null,
                sort.equals("date") ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, size, offset, null, false);
        List<String> page = seeds.search().search(request).hits().stream().map(SearchHit::id).toList();
        assertTrue(!page.isEmpty() || query.isEmpty(), query);
        assertEquals(page, seeds.search().rankedIds(request), query);
    }

    @Test
    void rankedIds_ofAnEmptyPage_areNone_andACursorIsRefused() {
        assertEquals(List.of(), seeds.search().rankedIds(SearchRequest.of("Mali").withSize(0)));
        SearchPage first = seeds.search().search(SearchRequest.of("Mali").withSize(1));
        SearchRequest next = new SearchRequest("Mali", null, null, null, null, 1, 0, first.next(), false);
        assertThrows(InvalidRequestException.class, () -> seeds.search().rankedIds(next));
    }

    @Test
    void dateFilterMatchesAMonthPrecisionArticleByOverlap() {
        SearchRequest req = new SearchRequest("Mali", PartialDate.parse("2022-03-15"), PartialDate.parse("2022-03-20"),
                null, SearchRequest.Sort.RELEVANCE, 10, 0, null, false);
        assertEquals(Set.of("000"), prefixes(seeds.search().search(req)));
        SearchRequest later = new SearchRequest("Mali", PartialDate.parse("2022-04"), null,
                null, SearchRequest.Sort.RELEVANCE, 10, 0, null, false);
        // Seed 004 says "2025 marque ainsi un tournant": dated 2025 from its text.
        assertEquals(Set.of("004"), prefixes(seeds.search().search(later)));
    }

    @Test
    void sortByDatePutsTheDatedArticleFirstAndUndatedLast() {
        SearchRequest req = new SearchRequest("Mali", null, null, null, SearchRequest.Sort.DATE, 10, 0, null, false);
        SearchPage page = seeds.search().search(req);
        assertEquals(5, page.total());
        // 004 is dated 2025 from its text, 000 by its header; the other three are undated.
        assertTrue(page.hits().get(0).id().startsWith("004"), page.hits().get(0).id());
        assertEquals("2025", page.hits().get(0).date());
        assertEquals("text", page.hits().get(0).dateSource());
        assertTrue(page.hits().get(1).id().startsWith("000"), page.hits().get(1).id());
        assertEquals("2022-03", page.hits().get(1).date());
        assertNull(page.hits().get(2).date());
    }

    @Test
    void elisionHighlightMarksTheWordNotTheArticle() {
        SearchPage page = seeds.search().search(SearchRequest.of("armée"));
        assertTrue(page.hits().stream().anyMatch(h -> h.snippet().contains("l’<mark>armée</mark>")),
                () -> page.hits().stream().map(SearchHit::snippet).collect(Collectors.joining("\n")));
    }

    @Test
    void facetsCountAllMatches() {
        SearchPage page = seeds.search().search(SearchRequest.of("hélicoptères").withSize(1));
        assertEquals(2, page.total());
        assertEquals(1, page.hits().size());
        assertEquals(2L, page.facets().get("lang").get("fr"));
        assertEquals(1L, page.facets().get("month").get("2022-03"));
        assertEquals(1L, page.facets().get("year").get("2022"));
    }

    @Test
    void malformedQueryIsAnInvalidRequestWithAReason() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> seeds.search().search(SearchRequest.of("\"coopération militaire")));
        assertTrue(e.getMessage().toLowerCase().contains("quote"), e.getMessage());
    }

    private static Set<String> expectedIds(String expected) {
        return expected == null ? Set.of() : new TreeSet<>(List.of(expected.strip().split("\\s+")));
    }

    private static Set<String> prefixes(SearchPage page) {
        return page.hits().stream().map(h -> h.id().substring(0, 3)).collect(Collectors.toCollection(TreeSet::new));
    }
}
