package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/** Search-box completions read from the index itself: titles first (newest, distinct), then frequent words. */
class CompletionsTest {
    @TempDir
    Path dir;
    ArchiveIndex index;
    Suggestions suggestions;

    @BeforeEach
    void open() throws IOException {
        index = ArchiveIndex.open(dir, new Analyzers());
        suggestions = new LuceneArchiveSearch(index).suggestions();
        write(article("a1", "Le gouvernement présente son budget", "2021-03-04", "Le gouvernement a présenté le budget."));
        write(article("a2", "Élections : le gouvernement sous pression", "2023-05-06", "Les élections approchent, le gouvernement hésite."));
        // A reprint: the same headline twice must be offered once.
        write(article("a3", "Élections : le gouvernement sous pression", "2023-05-07", "Une reprise de la dépêche sur les élections."));
        write(article("a4", "Gouvernance des ports", "2022-01-01", "La gouvernance des ports change. Le gouvernement approuve."));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void titlesComeNewestFirst_eachHeadlineOnce_thenWordsByArticleCount() {
        List<Suggestions.Completion> found = suggestions.complete("gouv", 10);
        assertEquals(List.of(
                new Suggestions.Completion("Élections : le gouvernement sous pression", "title", 2),
                new Suggestions.Completion("Gouvernance des ports", "title", 1),
                new Suggestions.Completion("Le gouvernement présente son budget", "title", 1),
                new Suggestions.Completion("gouvernement", "term", 4),
                new Suggestions.Completion("gouvernance", "term", 1)), found);
        assertEquals(2, suggestions.complete("gouv", 2).size());
    }

    @Test
    void everyWordTypedMustBeInTheTitle_theLastOneAsAPrefix_withoutAccentsOrElision() {
        List<Suggestions.Completion> found = suggestions.complete("elections gouv", 10);
        assertEquals("Élections : le gouvernement sous pression", found.get(0).text());
        assertTrue(found.stream().filter(c -> c.kind().equals("title")).count() == 1, found::toString);
        // Word completions keep what was typed before the last word.
        assertTrue(found.stream().anyMatch(c -> c.text().equals("elections gouvernement") && c.kind().equals("term")), found::toString);
        List<Suggestions.Completion> elided = suggestions.complete("l’élect", 10);
        assertTrue(elided.stream().anyMatch(c -> c.text().startsWith("Élections") && c.kind().equals("title")), elided::toString);
    }

    @Test
    void anArticleWrittenAfterAFirstCompletion_isOfferedByTheNext() throws IOException {
        assertTrue(suggestions.complete("budg", 5).stream().noneMatch(c -> c.text().contains("rectificatif")));
        write(article("a5", "Un budget rectificatif voté", "2024-01-01", "Le budget rectificatif est voté."));
        index.refresh();
        assertEquals("Un budget rectificatif voté", suggestions.complete("budg", 5).get(0).text());
    }

    @Test
    void words_areOfferedAsArticlesWriteThem_withTheirAccents_capitalisedWhenTypedSo() {
        List<Suggestions.Completion> lower = suggestions.complete("elect", 10);
        assertTrue(lower.stream().anyMatch(c -> c.kind().equals("term") && c.text().equals("élections")), lower::toString);
        List<Suggestions.Completion> capital = suggestions.complete("Elect", 10);
        assertTrue(capital.stream().anyMatch(c -> c.kind().equals("term") && c.text().equals("Élections")), capital::toString);
    }

    @Test
    void aPrefixNothingStartsWith_completesToNothing() {
        assertEquals(List.of(), suggestions.complete("zzzq", 5));
        assertEquals(List.of(), suggestions.complete("   ", 5));
    }

    private void write(Article a) throws IOException {
        new Indexer(index, "fr", null).write(a);
    }

    private static Article article(String id, String title, String date, String body) {
        return new Article(id, title, List.of(body), PartialDate.parse(date), "fr", null, null, null, null, null);
    }
}
