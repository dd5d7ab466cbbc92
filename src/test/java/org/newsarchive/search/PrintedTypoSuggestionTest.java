package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/**
 * Did-you-mean for a typo that made it into print: the misspelled word is in the archive (one article has it), so it
 * is not unknown, but a query for it finds almost nothing while the right spelling, one edit away, is everywhere.
 */
class PrintedTypoSuggestionTest {
    @TempDir
    static Path dir;
    static ArchiveIndex index;
    static LuceneArchiveSearch search;

    @BeforeAll
    static void anArchiveWithOneMisprint() throws IOException {
        index = ArchiveIndex.open(dir, new Analyzers());
        search = new LuceneArchiveSearch(index);
        Indexer indexer = new Indexer(index, "fr", null);
        for (int i = 0; i < 12; i++) {
            indexer.write(article("g" + i, "Budget numéro " + i, "Le gouvernement présente le budget " + i
                    + " devant les députés de la région de Mopti, face à la menace, pour orienter la dépense."));
        }
        indexer.write(article("typo", "Une coquille", "Le gouvernemant a présenté un budget rectificatif."));
        // Rare real names: Kayes, one edit from a word only three times commoner; Ménaka, two edits from "menace".
        for (int i = 0; i < 3; i++) indexer.write(article("k" + i, "Kayas " + i, "Les kayas du fleuve."));
        indexer.write(article("rare", "Mali", "Le budget de Kayes, de Ménaka et de Nouakchott."));
        // A rare form of a common word: not a misprint of it.
        indexer.write(article("form", "Aides", "La région orientera ses aides."));
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void aWordOnlyOneArticleHolds_inAQueryFindingOne_isCorrectedToTheCommonSpellingOneEditAway() {
        SearchPage page = search.search(SearchRequest.of("gouvernemant"));
        assertEquals(1, page.total());
        assertEquals("gouvernement", page.suggestion());
        assertEquals("Le gouvernement", search.search(SearchRequest.of("Le gouvernemant")).suggestion());
    }

    @Test
    void anUnknownWord_mayHaveItsFirstLetterWrong() {
        assertEquals("gouvernement", search.search(SearchRequest.of("ouvernement")).suggestion());
        assertEquals("budget", search.search(SearchRequest.of("vudget")).suggestion());
    }

    @Test
    void theCommonSpelling_andAQueryThatFindsMany_getNoSuggestion() {
        assertNull(search.search(SearchRequest.of("gouvernement")).suggestion());
        // "gouvernemant OR budget" finds 14: the misprint is not what stands between the user and the articles.
        SearchPage many = search.search(SearchRequest.of("gouvernemant OR budget"));
        assertEquals(14, many.total(), "the twelve, the misprint and the article on Kayes");
        assertNull(many.suggestion());
    }

    @Test
    void aRareName_whoseNeighbourIsNotTenTimesCommoner_orIsTwoEditsAway_isLeftAlone() {
        assertEquals(1, search.search(SearchRequest.of("Kayes")).total());
        assertNull(search.search(SearchRequest.of("Kayes")).suggestion(), "kayas: one edit, but 3 articles against 1");
        assertNull(search.search(SearchRequest.of("Ménaka")).suggestion(), "menace: 12 articles, but two edits away");
        assertNull(search.search(SearchRequest.of("Nouakchott")).suggestion(), "no neighbour at all");
    }

    @Test
    void aRareFormOfACommonWord_isNotCorrectedToIt() {
        SearchPage page = search.search(SearchRequest.of("orientera"));
        assertEquals(1, page.total());
        assertNull(page.suggestion(), "orienter: 12 articles, one edit, but only the ending differs");
        assertTrue(Suggestions.differsOnlyInItsEnding("connaissiez", "connaissez"));
        assertFalse(Suggestions.differsOnlyInItsEnding("gouvernemant", "gouvernement"));
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, title, List.of(body), PartialDate.parse("2024-01-01"), "fr", null, null, null, null, null);
    }
}
