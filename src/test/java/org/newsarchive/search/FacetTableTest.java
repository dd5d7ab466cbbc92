package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;

/** Facets counted from each segment's table of value combinations: the counts of every match, whatever the segments. */
class FacetTableTest {
    @TempDir
    Path folder;

    private static Article article(String id, String date, String lang) {
        // Bodies of their own: reprints of a dated article would take its date.
        return new Article(id, "Titre " + id, List.of("Le port numéro " + id + " rouvre ses quais, dit l'article " + id + "."),
                date == null ? null : PartialDate.parse(date), lang, null, null, null, List.of(), Map.of());
    }

    @Test
    void facets_countEveryMatchAcrossSegments_withPrecisionsLanguagesAndUndated() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("i"), new Analyzers())) {
            index.upsert(article("a", "2022-03-05", "fr"));
            index.upsert(article("b", "2022-03", "fr"));
            index.upsert(article("c", "2022", "fr"));
            index.commit();
            // A second segment, with a combination the first does not have and one it has.
            index.upsert(article("d", "2021-12-31", "en"));
            index.upsert(article("e", null, "fr"));
            index.upsert(article("f", "2022-03-20", "fr"));
            index.refresh();
            Map<String, Map<String, Long>> facets = new LuceneArchiveSearch(index).search(SearchRequest.of("")).facets();
            assertEquals(Map.of("2021", 1L, "2022", 4L), facets.get("year"));
            assertEquals(Map.of("2021-12", 1L, "2022-03", 3L), facets.get("month"), "a year-only article has no month");
            assertEquals(Map.of("fr", 5L, "en", 1L), facets.get("lang"));
            assertEquals(5L, facets.get("date_source").get("header"));
            assertEquals(1L, facets.get("date_source").get("none"));

            // Only the matches count, and a replaced article counts once, with its new values.
            index.upsert(article("b", "2020-01", "en"));
            index.refresh();
            Map<String, Map<String, Long>> after = new LuceneArchiveSearch(index).search(SearchRequest.of("")).facets();
            assertEquals(Map.of("2020", 1L, "2021", 1L, "2022", 3L), after.get("year"));
            assertEquals(Map.of("fr", 4L, "en", 2L), after.get("lang"));
            Map<String, Map<String, Long>> filtered = new LuceneArchiveSearch(index)
                    .search(new SearchRequest("", null, null, "en", null, 10, 0, null, false)).facets();
            assertEquals(Map.of("2020-01", 1L, "2021-12", 1L), filtered.get("month"));
        }
    }

    @Test
    void tables_goWithTheirSegments() throws IOException {
        int before = FacetTable.cachedSegments();
        try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("j"), new Analyzers())) {
            index.upsert(article("a", "2022-03-05", "fr"));
            index.refresh();
            new LuceneArchiveSearch(index).search(SearchRequest.of(""));
            assertTrue(FacetTable.cachedSegments() > before);
        }
        assertEquals(before, FacetTable.cachedSegments(), "closing the index drops its segments' tables");
    }
}
