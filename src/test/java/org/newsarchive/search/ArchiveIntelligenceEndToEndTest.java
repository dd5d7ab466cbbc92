package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/**
 * The seeds, then (in a second ingest run, so clustering must go through the index) an undated reprint of seed 000
 * under another title: reprint clusters, collapse, dates from a reprint, related articles and suggestions.
 */
class ArchiveIntelligenceEndToEndTest {
    static final String SEED = "000_21e3eea4dcfbddef";
    static final String REPRINT = "reprint-of-000";

    @TempDir
    static Path folder;
    static ArchiveIndex index;
    static LuceneArchiveSearch search;
    static ArticleNeighbours neighbours;
    static Set<String> seedIds;

    @BeforeAll
    static void indexSeedsThenAReprint() throws IOException {
        Path dir = folder.resolve("index");
        try (ArchiveIndex first = ArchiveIndex.open(dir, new Analyzers())) {
            new Indexer(first, "fr", null).index(List.of(Path.of("seeds")), n -> {});
        }
        index = ArchiveIndex.open(dir, new Analyzers());
        search = new LuceneArchiveSearch(index);
        Article seed = search.article(SEED).orElseThrow().article();
        // Same body under a new headline, its first paragraph dropped, no date: a typical syndicated copy.
        Article reprint = new Article(REPRINT, "Bamako reçoit du matériel russe", seed.body().subList(1, seed.body().size()),
                null, "fr", "autre journal", null, null, null, null);
        new Indexer(index, "fr", null).write(reprint);
        index.commit();
        neighbours = new ArticleNeighbours(index);
        try (var files = Files.list(Path.of("seeds"))) {
            seedIds = files.map(p -> p.getFileName().toString().replace(".txt", "")).collect(Collectors.toSet());
        }
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void reprint_joinsTheSeedsCluster_acrossIngestRuns() {
        var similar = neighbours.similar(REPRINT).orElseThrow();
        assertEquals(List.of(SEED), similar.stream().map(ArticleNeighbours.Neighbour::id).toList());
        assertTrue(similar.get(0).score() >= 0.5f, "similarity " + similar.get(0).score());
        assertEquals(SEED, search.article(REPRINT).orElseThrow().cluster());
    }

    @Test
    void seedsWithoutReprints_haveNoSimilarArticles_andUnknownIdsNothing() {
        assertEquals(List.of(), neighbours.similar("001_b221eb90067474de").orElseThrow());
        assertTrue(neighbours.similar("no-such-id").isEmpty());
        assertTrue(neighbours.related("no-such-id", 5).isEmpty());
    }

    @Test
    void undatedReprint_takesTheDateOfItsDatedTwin() {
        StoredArticle stored = search.article(REPRINT).orElseThrow();
        assertEquals("2022-03", stored.article().date().toString());
        assertEquals("cluster", stored.dateSource());
        assertEquals("header", search.article(SEED).orElseThrow().dateSource());
    }

    @Test
    void collapse_showsOneHitPerCluster_withTheCountOfSimilarArticles() {
        SearchRequest plain = SearchRequest.of("Sadio Camara radars");
        SearchPage all = search.search(plain);
        assertEquals(Set.of(SEED, REPRINT), all.hits().stream().map(SearchHit::id).filter(Set.of(SEED, REPRINT)::contains).collect(Collectors.toSet()));
        SearchPage collapsed = search.search(plain.withCollapse(true));
        List<SearchHit> fromCluster = collapsed.hits().stream().filter(h -> h.cluster().equals(SEED)).toList();
        assertEquals(1, fromCluster.size());
        assertEquals(1, fromCluster.get(0).similar());
        assertEquals(all.hits().size() - 1, collapsed.hits().size());
        // The total of a collapsed page counts clusters, as its hits do: the seed and its reprint are one.
        assertEquals(all.total() - 1, collapsed.total());
    }

    @Test
    void collapsedPages_followedByTheirCursor_showEveryClusterOnce_inTheOrderOfOnePage() {
        for (SearchRequest request : List.of(SearchRequest.of("Sadio Camara radars"), SearchRequest.of(""),
                new SearchRequest("", null, null, null, SearchRequest.Sort.DATE, 10, 0, null, false))) {
            SearchRequest collapsed = request.withCollapse(true);
            List<String> onePage = search.search(collapsed).hits().stream().map(SearchHit::id).toList();
            assertTrue(onePage.size() >= 2 && onePage.size() < 10, request + " -> " + onePage);
            // Pages of one hit: after the seed's page, its reprint leads the next window and must not come back.
            List<String> paged = new java.util.ArrayList<>();
            SearchPage page = search.search(collapsed.withSize(1));
            for (int pages = 0; pages < 20; pages++) {
                page.hits().forEach(h -> paged.add(h.id()));
                if (page.next() == null) break;
                page = search.search(collapsed.withSize(1).withCursor(page.next()));
            }
            assertEquals(onePage, paged, request.toString());
            assertNull(page.next(), "the last page has no next");
            assertEquals(search.search(collapsed).total(), page.total(), "every page counts the same clusters");
        }
    }

    @Test
    void collapsedPageByOffset_givesACursorToTheClustersAfterIt() {
        SearchRequest collapsed = SearchRequest.of("").withCollapse(true);
        List<String> all = search.search(collapsed).hits().stream().map(SearchHit::id).toList();
        SearchPage second = search.search(new SearchRequest("", null, null, null, null, 2, 1, null, false, true));
        assertEquals(all.subList(1, 3), second.hits().stream().map(SearchHit::id).toList());
        SearchPage rest = search.search(collapsed.withCursor(second.next()));
        assertEquals(all.subList(3, all.size()), rest.hits().stream().map(SearchHit::id).toList());
        assertNull(rest.next());
    }

    @Test
    void related_onTheSeedsAlone_listsOtherSeeds() throws IOException {
        try (ArchiveIndex seedsOnly = ArchiveIndex.open(folder.resolve("seeds-only"), new Analyzers())) {
            new Indexer(seedsOnly, "fr", null).index(List.of(Path.of("seeds")), n -> {});
            ArticleNeighbours seedNeighbours = new ArticleNeighbours(seedsOnly);
            for (String id : seedIds) {
                var related = seedNeighbours.related(id, 10).orElseThrow();
                assertEquals(4, related.size(), id + " -> " + related);
                for (var n : related) {
                    assertTrue(seedIds.contains(n.id()) && !n.id().equals(id), id + " -> " + n.id());
                    assertTrue(n.score() > 0);
                }
            }
        }
    }

    @Test
    void related_leavesOutItsOwnReprints_andListsOneArticlePerCluster() {
        assertTrue(neighbours.related(SEED, 10).orElseThrow().stream().noneMatch(n -> n.id().equals(REPRINT)));
        var related = neighbours.related("001_b221eb90067474de", 10).orElseThrow();
        assertEquals(related.size(), related.stream().map(ArticleNeighbours.Neighbour::cluster).distinct().count(), related::toString);
        assertEquals(4, related.size(), related::toString);
    }

    @Test
    void facets_countUndatedArticles_andDatesBySource() {
        var facets = search.search(SearchRequest.of("")).facets().get("date_source");
        assertEquals(3L, facets.get("none"));
        assertEquals(1L, facets.get("header"));
        assertEquals(1L, facets.get("text"));      // seed 004: "2025 marque ainsi un tournant"
        assertEquals(1L, facets.get("cluster"));
    }

    @Test
    void misspelledWord_getsASuggestion_butAnAccentFreeSpellingDoesNot() {
        assertEquals("gouvernement", search.search(SearchRequest.of("gouvernemant")).suggestion());
        SearchPage accentFree = search.search(SearchRequest.of("helicoptere"));
        assertTrue(accentFree.total() > 0);
        assertNull(accentFree.suggestion());
        assertEquals("djihadistes russes", search.search(SearchRequest.of("djihadistres russes")).suggestion());
    }

    @Test
    void aMisspelledWordInTenWords_getsASuggestion_inElevenNot() {
        String nine = "djihadistes russes armée malienne bamako moscou coopération militaire mali ";
        assertEquals(nine + "gouvernement", search.search(SearchRequest.of(nine + "gouvernemant")).suggestion());
        // Past ten words a query is a pasted paragraph: each word's spell check would cost a few ms for nothing.
        assertNull(search.search(SearchRequest.of(nine + "gouvernemant hélicoptères")).suggestion());
    }

    @Test
    void suggestion_isWrittenAsTheArticlesWriteIt_accentsAndCapitalKept() {
        // The spell checker compares folded words; what the user reads is the word of the articles.
        assertEquals("l'aéroport de Bamako", search.search(SearchRequest.of("l'aeroprt de Bamako")).suggestion());
        assertEquals("hélicoptères", search.search(SearchRequest.of("hélicoptèrse")).suggestion());
        assertEquals("Hélicoptères", search.search(SearchRequest.of("Hélicoptèrse")).suggestion());
    }

    @Test
    void completions_offerTitlesAndFrequentWords() {
        List<Suggestions.Completion> found = search.suggestions().complete("gouv", 10);
        assertTrue(found.stream().anyMatch(c -> c.kind().equals("term") && c.text().equals("gouvernement")), found::toString);
        List<Suggestions.Completion> titles = search.suggestions().complete("Goï", 10);
        assertTrue(titles.stream().anyMatch(c -> c.kind().equals("title") && c.text().contains("Assimi Goïta")), titles::toString);
    }
}
