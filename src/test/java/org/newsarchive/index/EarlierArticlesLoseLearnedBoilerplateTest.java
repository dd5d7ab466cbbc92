package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchHit;
import org.newsarchive.search.SearchRequest;
import org.newsarchive.search.StoredArticle;

/**
 * A site indexed five articles at a time: its footer is learned in the second run, and the five articles of the first
 * run lose it too (the counts carry over from run to run; see LearnedBoilerplate).
 */
class EarlierArticlesLoseLearnedBoilerplateTest {
    static final String FOOTER = "Recevez chaque matin notre lettre gratuite en vous inscrivant sur le site du quotidien";
    static final String[] TOWNS = {"Chartres", "Dreux", "Nogent", "Châteaudun", "Bonneval", "Illiers", "Maintenon",
            "Anet", "Courville", "Auneau"};

    @TempDir
    Path dir;

    @Test
    void articlesOfEarlierRuns_areRewrittenWithoutTheLineLearnedLater_keepingTheirDates() throws IOException {
        Path index = dir.resolve("index");
        Path firstRun = jsonl("first.jsonl", 0, 5, "quotidien.example", true);
        // Another site with the same line: its article keeps it, the line is the other site's boilerplate.
        Files.writeString(firstRun, line("other", "Ailleurs", "Un article d'un autre site sur la moisson.", "autre.example", -1),
                java.nio.file.StandardOpenOption.APPEND);
        try (ArchiveIndex archive = ArchiveIndex.open(index, new Analyzers())) {
            IndexReport first = new Indexer(archive, "fr", null).index(List.of(firstRun), n -> {});
            assertEquals(0, first.earlierArticlesCleaned());
            LuceneArchiveSearch search = new LuceneArchiveSearch(archive);
            assertTrue(body(search, "a0").contains(FOOTER), "five articles do not make a line boilerplate");

            List<String> notices = new ArrayList<>();
            IndexReport second = new Indexer(archive, "fr", null).onNotice(notices::add)
                    .index(List.of(jsonl("second.jsonl", 5, 10, "quotidien.example", false)), n -> {});
            assertEquals(5, second.earlierArticlesCleaned());
            assertEquals(List.of("removed 1 newly learned boilerplate line from 5 articles indexed before"), notices);
            for (int i = 0; i < 10; i++) {
                String body = body(search, "a" + i);
                assertFalse(body.contains(FOOTER), "a" + i + ": " + body);
                assertTrue(body.contains(TOWNS[i]), "a" + i + " keeps its own text: " + body);
            }
            StoredArticle rewritten = search.article("a2").orElseThrow();
            assertEquals("2021-05-03", rewritten.article().date().toString());
            assertEquals("header", rewritten.dateSource());
            assertTrue(body(search, "other").contains(FOOTER));
            // The line's words are gone from the index too: only the other site's article holds "inscrivant".
            List<String> hits = search.search(SearchRequest.of("inscrivant")).hits().stream().map(SearchHit::id).toList();
            assertEquals(List.of("other"), hits);
        }
    }

    private Path jsonl(String name, int from, int to, String source, boolean dated) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(line("a" + i, "Les nouvelles de " + TOWNS[i], "La foire de " + TOWNS[i] + " a rassemblé les éleveurs du canton.",
                    source, dated ? i : -1));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, b);
        return file;
    }

    private static String line(String id, String title, String text, String source, int day) {
        String date = day < 0 ? "" : ",\"date\":\"2021-05-0" + (day + 1) + "\"";
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"source\":\"" + source + "\"" + date
                + ",\"body\":\"" + text + "\\n\\n" + FOOTER + "\"}\n";
    }

    private static String body(LuceneArchiveSearch search, String id) {
        return String.join("\n", search.article(id).orElseThrow().article().body());
    }
}
