package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several words without syntax that no article holds all of: the page ranks the articles holding some of them
 * and says it is relaxed. Syntax queries, single words and counts keep their strict answer.
 */
class RelaxedQueryTest {
    @RegisterExtension
    static final SeedArchive seeds = new SeedArchive();

    @Test
    void wordsNoArticleHoldsAll_rankTheArticlesHoldingMostOfThem() {
        SearchPage strict = seeds.search().search(SearchRequest.of("coopération militaire"));
        assertFalse(strict.relaxed());
        // A pasted sentence with a word no seed has: nothing holds all of it.
        SearchPage page = seeds.search().search(SearchRequest.of("la coopération militaire avec les pingouins"));
        assertTrue(page.relaxed());
        assertEquals(5, page.total(), "every seed holds coopération, militaire or both");
        List<String> top3 = page.hits().subList(0, 3).stream().map(h -> h.id().substring(0, 3)).sorted().toList();
        assertEquals(List.of("000", "003", "004"), top3, "the seeds with both words first");
        assertEquals(SearchJson.page(page, true).get("relaxed"), Boolean.TRUE);
        assertFalse(SearchJson.page(strict, true).containsKey("relaxed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"coopération pingouins\"", "coopération AND pingouins", "coopération +pingouins",
            "title:coopération pingouins", "coopér* pingouins", "pingouins"})
    void syntaxQueriesAndSingleWords_stayStrict(String query) {
        SearchPage page = seeds.search().search(SearchRequest.of(query));
        assertFalse(page.relaxed(), query);
        assertEquals(0, page.total(), query);
    }

    @Test
    void wordsNoArticleHoldsAny_giveTheStrictEmptyPage() {
        SearchPage page = seeds.search().search(SearchRequest.of("pingouins manchots"));
        assertEquals(0, page.total());
        assertFalse(page.relaxed());
    }

    @Test
    void aCount_staysStrict() {
        SearchPage count = seeds.search().search(SearchRequest.of("coopération pingouins").withSize(0));
        assertFalse(count.relaxed());
        assertEquals(0, count.total());
    }

    @Test
    void theCursorOfARelaxedPage_continuesTheRelaxedRanking() {
        SearchRequest first = SearchRequest.of("coopération militaire pingouins").withSize(2);
        List<String> paged = new ArrayList<>();
        SearchPage page = seeds.search().search(first);
        int pages = 1;
        paged.addAll(page.hits().stream().map(SearchHit::id).toList());
        while (page.next() != null) {
            page = seeds.search().search(first.withCursor(page.next()));
            assertTrue(page.relaxed());
            paged.addAll(page.hits().stream().map(SearchHit::id).toList());
            pages++;
        }
        assertEquals(3, pages);
        List<String> all = seeds.search().search(first.withSize(10)).hits().stream().map(SearchHit::id).toList();
        assertEquals(all, paged);
    }

    @Test
    void justWords_areTellingProseFromSyntax() {
        assertTrue(QueryFactory.isJustWords("Le nombre de personnes tuées a baissé de 15,6% en mai, selon l'état-major."));
        assertFalse(QueryFactory.isJustWords("mali"));
        assertFalse(QueryFactory.isJustWords("mali -russie"));
        assertFalse(QueryFactory.isJustWords("mali OR russie"));
        assertFalse(QueryFactory.isJustWords("mali russ*"));
        assertFalse(QueryFactory.isJustWords("mali russie~1"));
        assertFalse(QueryFactory.isJustWords("(mali russie)"));
        assertFalse(QueryFactory.isJustWords("title:mali russie"));
    }
}
