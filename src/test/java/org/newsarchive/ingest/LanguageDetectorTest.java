package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.Article;
import org.newsarchive.ingest.LanguageDetector.Detection;

class LanguageDetectorTest {
    /** One model for the class: loading it takes seconds. */
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private static Article article(String lang, String title, String... body) {
        return new Article("a1", title, List.of(body), null, lang, null, null, null, null, null);
    }

    @Test
    void detect_givesUnd_forTooLittleText() {
        for (String text : new String[] {"", "OK", "Brexit", "2020-03-01 12:00:00", "Le PSG", "COVID-19 : J+12"}) {
            Detection d = DETECTOR.detect(text);
            assertEquals("und", d.lang(), "'" + text + "'");
            assertEquals(0.0, d.confidence());
        }
        assertEquals("und", DETECTOR.detect((String) null).lang());
    }

    @Test
    void detect_givesUnd_whenTheGuessIsBelowTheMinimumConfidence() {
        String text = "Le gouvernement a présenté mercredi son projet de loi sur les retraites.";
        Detection sure = DETECTOR.detect(text);
        assertEquals("fr", sure.lang());
        assertTrue(sure.confidence() > LanguageDetector.DEFAULT_MIN_CONFIDENCE && sure.confidence() < 1, "margin " + sure.confidence());
        Detection refused = new LanguageDetector(sure.confidence() + 1e-9, LanguageDetector.DEFAULT_MAX_CHARS).detect(text);
        assertEquals("und", refused.lang());
        assertEquals(sure.confidence(), refused.confidence(), 1e-12);
    }

    @Test
    void detect_tellsArabicByItsScript_evenInAShortHashtagHeadline() {
        assertEquals("ar", DETECTOR.detect("#قاطعوا_النمسا!!").lang());
        assertEquals("ar", DETECTOR.detect("«ZTE» تطلق هاتف «Axon Pro»").lang());
        assertEquals("und", DETECTOR.detect("في").lang(), "two letters are not enough, even in Arabic");
    }

    @Test
    void decide_keepsTheStatedLanguage_evenWhenTheTextSaysOtherwise() {
        Detection d = DETECTOR.decide(article("de", "Government unveils the budget", "The finance minister said on Monday that taxes would rise."));
        assertEquals(new Detection("de", 1, true), d);
    }

    @Test
    void decide_normalisesTheStatedCode() {
        assertEquals("en", DETECTOR.decide(article("EN-gb", "x")).lang());
        assertEquals("pt", DETECTOR.decide(article(" pt_BR ", "x")).lang());
    }

    @Test
    void decide_detects_whenNoLanguageOrUndIsStated() {
        for (String stated : new String[] {null, "", "und"}) {
            Detection d = DETECTOR.decide(article(stated, "Der Bundestag hat das Gesetz verabschiedet",
                    "Die Abgeordneten stimmten am Donnerstag mit großer Mehrheit für die Reform der Rente."));
            assertEquals("de", d.lang(), "stated " + stated);
            assertFalse(d.given());
            assertTrue(d.confidence() > 0 && d.confidence() <= 1);
        }
    }

    @Test
    void detect_readsOnlyTheStartOfALongArticle() {
        String french = "Le conseil municipal a voté le budget de la ville pour l'année prochaine. ".repeat(10);
        String english = "The city council voted on the budget for next year after a long debate. ".repeat(100);
        assertEquals("fr", DETECTOR.detect(article(null, "Budget", french, english)).lang());
    }

    static List<String> languages() {
        return LanguageSamples.LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void detect_findsTheLanguageOfEveryRealSampleArticle(String lang) {
        List<Article> articles = LanguageSamples.articles(lang);
        assertEquals(100, articles.size());
        Map<String, Integer> got = new TreeMap<>();
        for (Article a : articles) got.merge(DETECTOR.detect(a).lang(), 1, Integer::sum);
        assertEquals(Map.of(lang, 100), got);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void detect_findsTheLanguageOfMostRealTitlesAlone(String lang) {
        List<Article> articles = LanguageSamples.articles(lang);
        long right = articles.stream().filter(a -> DETECTOR.detect(a.title()).lang().equals(lang)).count();
        assertTrue(right >= 90, lang + ": " + right + " of 100 titles");
    }
}
