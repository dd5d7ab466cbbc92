package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;

class LearnedBoilerplateTest {
    static final String FOOTER = "Recevez chaque matin notre lettre d'information gratuite";

    private static Article article(String id, String title, String source, String... body) {
        return new Article(id, title, List.of(body), null, "fr", source, null, null, null, null);
    }

    private static LearnedBoilerplate learnedFrom(int articles, boolean sameTitle, String source) {
        LearnedBoilerplate b = new LearnedBoilerplate();
        for (int i = 0; i < articles; i++) {
            b.observe(article("a" + i, sameTitle ? "Même titre" : "Titre " + i, source, "Texte propre à l'article " + i + ".", FOOTER));
        }
        b.learn();
        return b;
    }

    @Test
    void lineRepeatedAcrossTenArticlesOfOneSource_isRemoved() {
        LearnedBoilerplate b = learnedFrom(LearnedBoilerplate.MIN_ARTICLES, false, "site.example");
        Article cleaned = b.clean(article("new", "Autre", "site.example", "Un paragraphe.", FOOTER));
        assertEquals(List.of("Un paragraphe."), cleaned.body());
        assertEquals(1, b.lines().get(0).removed());
        assertEquals(FOOTER, b.lines().get(0).text());
    }

    @Test
    void aBodyMadeOnlyOfLearnedLines_isKept() {
        LearnedBoilerplate b = learnedFrom(LearnedBoilerplate.MIN_ARTICLES, false, "site.example");
        Article onlyFooter = article("f", "Autre", "site.example", FOOTER);
        assertEquals(List.of(FOOTER), b.clean(onlyFooter).body());
    }

    @Test
    void lineOfAnotherSource_orSeenTooRarely_isKept() {
        LearnedBoilerplate b = learnedFrom(LearnedBoilerplate.MIN_ARTICLES, false, "site.example");
        Article other = article("new", "Autre", "autre.example", "Un paragraphe.", FOOTER);
        assertEquals(other.body(), b.clean(other).body());
        LearnedBoilerplate rare = learnedFrom(LearnedBoilerplate.MIN_ARTICLES - 1, false, "site.example");
        assertEquals(List.of(), rare.lines());
    }

    @Test
    void reprintsUnderOneTitle_teachNothing() {
        assertEquals(List.of(), learnedFrom(30, true, "site.example").lines());
    }

    @Test
    void countsCarryOverFromRunToRun_soASiteIndexedFiveArticlesAtATimeIsLearned(@TempDir Path dir) throws IOException {
        LearnedBoilerplate first = learnedFrom(LearnedBoilerplate.MIN_ARTICLES / 2, false, "site.example");
        assertEquals(List.of(), first.lines());
        first.save(dir);
        LearnedBoilerplate second = LearnedBoilerplate.load(dir);
        for (int i = 0; i < LearnedBoilerplate.MIN_ARTICLES / 2; i++) {
            second.observe(article("b" + i, "Autre titre " + i, "site.example", "Texte " + i + ".", FOOTER));
        }
        second.learn();
        assertEquals(List.of("Texte 0."), second.clean(article("b0", "Autre titre 0", "site.example", "Texte 0.", FOOTER)).body());
        assertEquals(FOOTER, second.lines().get(0).text());
        // The same five articles indexed again teach nothing: their titles are counted already.
        LearnedBoilerplate again = LearnedBoilerplate.load(dir);
        for (int i = 0; i < LearnedBoilerplate.MIN_ARTICLES / 2; i++) {
            again.observe(article("a" + i, "Titre " + i, "site.example", "Texte propre à l'article " + i + ".", FOOTER));
        }
        assertEquals(List.of(), again.lines());
    }

    @Test
    void learnedLines_surviveSaveAndLoad(@TempDir Path dir) throws IOException {
        LearnedBoilerplate b = learnedFrom(LearnedBoilerplate.MIN_ARTICLES, false, "site.example");
        b.clean(article("x", "X", "site.example", FOOTER));
        b.save(dir);
        LearnedBoilerplate loaded = LearnedBoilerplate.load(dir);
        assertEquals(b.lines(), loaded.lines());
        assertEquals(List.of("Texte."), loaded.clean(article("y", "Y", "site.example", "Texte.", FOOTER)).body());
    }
}
