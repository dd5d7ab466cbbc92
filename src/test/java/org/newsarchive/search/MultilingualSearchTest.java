package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;
import org.newsarchive.ingest.LanguageDetector;
import org.newsarchive.ingest.LanguageSamples;

/**
 * The committed samples (100 real articles in each of fr, en, de, es, ar) indexed together with their languages
 * detected, not read from the files: each language is searched with its own analysis and ranked on its own.
 */
class MultilingualSearchTest {
    /** Id prefix of each sample's source, so a hit's true language is known without trusting detection. */
    private static final Map<String, String> SOURCE_PREFIX = Map.of(
            "fr", "orangesum-", "en", "masakhanews-", "de", "dewikinews-", "es", "esfake-", "ar", "saudinewsnet-");

    @TempDir
    static Path dir;
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static ArchiveIndex all;
    private static LuceneArchiveSearch search;
    private static IndexReport report;

    @BeforeAll
    static void indexSamples() throws IOException {
        all = ArchiveIndex.open(dir.resolve("all"), new Analyzers());
        List<Path> files = LanguageSamples.LANGUAGES.stream().map(LanguageSamples::file).toList();
        report = new Indexer(all, DETECTOR, Indexer.DETECT_ALL).index(files, n -> {});
        search = new LuceneArchiveSearch(all);
    }

    @AfterAll
    static void close() throws IOException {
        all.close();
    }

    private static SearchPage plain(String query, String lang, int size) {
        return search.search(new SearchRequest(query, null, null, lang, null, size, 0, null, true));
    }

    private static String trueLanguage(SearchHit hit) {
        return SOURCE_PREFIX.entrySet().stream().filter(e -> hit.id().startsWith(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static String text(SearchHit hit) {
        return (hit.title() + "\n" + search.article(hit.id()).orElseThrow().article().bodyText()).toLowerCase(Locale.ROOT);
    }

    @Test
    void exclusionsAlone_withALanguageFilter_stayInThatLanguage() {
        // "-word" alone matches every article but those holding the word: its language's filter must stay on.
        SearchPage page = search.search(new SearchRequest("-zzqqxx", null, null, "de", null, 100, 0, null, false));
        assertEquals(100, page.total());
        assertTrue(page.hits().stream().allMatch(h -> trueLanguage(h).equals("de")));
        assertEquals(500, search.search(new SearchRequest("-zzqqxx", null, null, null, null, 0, 0, null, false)).total());
    }

    @Test
    void detection_givesEverySampleItsLanguage_andStatsCountThem() {
        Map<String, Long> expected = Map.of("fr", 100L, "en", 100L, "de", 100L, "es", 100L, "ar", 100L);
        assertEquals(expected, report.languages());
        assertEquals(500, report.detectedCount());
        assertEquals(expected, search.stats().languages());
        for (String lang : LanguageSamples.LANGUAGES) {
            SearchPage page = plain("", lang, 100);
            assertEquals(100, page.total());
            assertTrue(page.hits().stream().allMatch(h -> trueLanguage(h).equals(lang) && h.lang().equals(lang)), lang);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "fr, gouvernement crise économique",
            "en, government economic crisis",
            "de, Regierung Wirtschaftskrise Millionen",
            "es, gobierno crisis económica",
            "ar, الحكومة الاقتصاد"})
    void aQueryInEachLanguage_findsItsOwnLanguageFirst_withSnippets(String lang, String query) {
        SearchPage page = plain(query, null, 5);
        assertEquals(5, page.hits().size(), "hits for " + query);
        for (SearchHit hit : page.hits()) {
            assertEquals(lang, trueLanguage(hit), query + " → " + hit.id() + " " + hit.title());
            assertTrue(hit.snippet().contains("<mark>"), "snippet of " + hit.id() + ": " + hit.snippet());
        }
    }

    @Test
    void aWordOfBothEnglishAndFrench_findsBoth_andEachLanguageFilterKeepsItsOwn() {
        SearchPage both = plain("police", null, 40);
        Set<String> languages = both.hits().stream().map(MultilingualSearchTest::trueLanguage).collect(Collectors.toSet());
        assertEquals(Set.of("en", "fr"), languages);
        for (String lang : List.of("en", "fr")) {
            SearchPage one = plain("police", lang, 40);
            assertFalse(one.hits().isEmpty());
            assertEquals(both.facets().get("lang").get(lang), one.total(), "the filter keeps exactly the " + lang + " matches");
            assertTrue(one.hits().stream().allMatch(h -> trueLanguage(h).equals(lang)));
        }
        // Each language's stemmer keeps "police" apart from "policy" (en) and "politique" (fr).
        for (SearchHit hit : both.hits()) {
            assertTrue(text(hit).matches("(?s).*\\bpolic(e|es|ed|ing|ier|iers|ière|ières)\\b.*"),
                    hit.id() + " matched without a form of the word");
        }
    }

    @Test
    void anArabicQuery_matchesWithOrWithoutTheArticle_andEitherFinalLetter() {
        List<String> withArticle = ids(plain("الحكومة", "ar", 100));
        assertFalse(withArticle.isEmpty());
        assertEquals(withArticle, ids(plain("حكومة", "ar", 100)));
        assertEquals(withArticle, ids(plain("الحكومه", "ar", 100)));
    }

    @Test
    void aLanguagesScores_doNotDependOnTheOtherLanguagesInTheIndex() throws IOException {
        // "Paris" and "Berlin" occur in French and German articles alike: with one shared field, the French
        // articles would change the German idf and length norms. Each language has its own fields, so not.
        Map<String, Float> mixed = scores(search, "Paris Berlin", "de");
        assertTrue(plain("Paris Berlin", "fr", 1).total() > 0, "the French articles use the words too");
        assertTrue(mixed.size() >= 3, "German hits: " + mixed);
        try (ArchiveIndex germanOnly = ArchiveIndex.open(dir.resolve("de"), new Analyzers())) {
            new Indexer(germanOnly, DETECTOR, null).index(List.of(LanguageSamples.file("de")), n -> {});
            assertEquals(mixed, scores(new LuceneArchiveSearch(germanOnly), "Paris Berlin", "de"));
        }
    }

    @Test
    void prefixFuzzyAndSuggestions_readEveryLanguagesFoldedWords() throws IOException {
        // Folded words are kept per language (folded_de, folded_fr...): a German prefix or fuzzy word finds the
        // German articles, and did-you-mean and completions know the German vocabulary.
        SearchPage prefix = search.search(SearchRequest.of("Sicherheitsspez*"));
        assertFalse(prefix.hits().isEmpty());
        assertTrue(prefix.hits().stream().allMatch(h -> trueLanguage(h).equals("de")), "prefix hits " + ids(prefix));
        assertEquals(ids(prefix), ids(search.search(SearchRequest.of("Sicherheitsspezialist~1"))));
        var reader = all.searchers().acquire();
        try {
            // Written as the German articles write it: a capitalised noun.
            assertEquals("Sicherheitsspezialist", search.suggestions().didYouMean("Sicherheitsspezalist", reader.getIndexReader()));
        } finally {
            all.searchers().release(reader);
        }
        assertTrue(search.suggestions().complete("sicherheitssp", 5).stream().anyMatch(c -> c.text().equals("sicherheitsspezialist")),
                search.suggestions().complete("sicherheitssp", 5).toString());
    }

    /** Scores of one language's hits for an unfiltered query. */
    private static Map<String, Float> scores(LuceneArchiveSearch s, String query, String lang) {
        Map<String, Float> out = new HashMap<>();
        for (SearchHit h : s.search(new SearchRequest(query, null, null, null, null, 100, 0, null, true)).hits()) {
            if (h.lang().equals(lang)) out.put(h.id(), h.score());
        }
        return out;
    }

    private static List<String> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::id).sorted().toList();
    }
}
