package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

class QuerySetGeneratorTest {

    /** A small synthetic archive with words in every frequency band, dated over two years. */
    private static List<Article> corpus() {
        String[] topics = {"gouvernement", "élections", "hôpital", "économie", "sécurité", "université", "frontière", "énergie"};
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String a = topics[i % topics.length];
            String b = topics[(i / 3) % topics.length];
            // In about 16 articles each: the middle band (long ASCII words, and accented ones).
            String mid = "projet" + suffix(i % 25) + " " + "projet" + suffix((i * 7 + 3) % 25) + " résultat" + suffix(i % 25);
            // In about 10 articles each: rare words.
            String rare = "oiseau" + suffix(i % 40);
            String title = "Le " + a + " et la " + b;
            String body = "Le président annonce que le " + a + " prépare la réforme de la " + b + ". "
                    + "Un " + mid + " pour " + rare + ", selon la préfecture. Nouvelles mesures pour " + a + ".";
            PartialDate date = PartialDate.ofDay(2019 + (i % 2), 1 + (i % 12), 1 + (i % 28));
            out.add(new Article("doc-" + i, title, List.of(body), date, "fr", null, null, null, List.of(), null));
        }
        return out;
    }

    /** Two letters naming a number: 0 -> "ba", 1 -> "bb"... */
    private static String suffix(int n) {
        return "" + (char) ('b' + n / 26) + (char) ('a' + n % 26);
    }

    @Test
    void generate_isDeterministic() {
        List<BenchQuery> first = new QuerySetGenerator().generate(corpus(), 3);
        List<BenchQuery> second = new QuerySetGenerator().generate(corpus(), 3);
        assertEquals(first, second);
    }

    @Test
    void generate_coversEveryType_withUniqueIds() {
        List<BenchQuery> queries = new QuerySetGenerator().generate(corpus(), 2);
        Set<QueryType> types = queries.stream().map(BenchQuery::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(QueryType.class)));
        assertEquals(EnumSet.allOf(QueryType.class), types);
        assertEquals(queries.size(), queries.stream().map(BenchQuery::id).distinct().count());
        for (QueryType t : QueryType.values()) {
            assertTrue(queries.stream().filter(q -> q.type() == t).count() <= 2, "at most perType of " + t);
        }
    }

    @Test
    void generate_writesEachTypeInBothSyntaxes() {
        for (BenchQuery q : new QuerySetGenerator().generate(corpus(), 3)) {
            switch (q.type()) {
                case OR_2 -> {
                    assertTrue(q.text().contains(" OR "), q.text());
                    assertTrue(q.pgText().contains(" or "), q.pgText());
                }
                case OR_3 -> {
                    assertTrue(q.text().matches("\\S+ OR \\S+ OR \\S+"), q.text());
                    assertTrue(q.pgText().matches("\\S+ or \\S+ or \\S+"), q.pgText());
                }
                case PHRASE -> assertTrue(q.text().matches("\"\\S+ \\S+\""), q.text());
                case PREFIX -> {
                    assertTrue(q.text().endsWith("*"));
                    assertEquals(BenchQuery.PgMode.PREFIX, q.pgMode());
                    assertEquals(q.text().substring(0, q.text().length() - 1), q.pgText());
                }
                case FUZZY -> {
                    assertTrue(q.text().endsWith("~1"));
                    assertNull(q.pgText());
                    assertFalse(q.hasPeer());
                }
                case DATE_SORTED -> {
                    assertTrue(q.byDate());
                    assertTrue(!q.from().start().isAfter(q.to().end()));
                }
                case ACCENT_FREE -> assertEquals(QuerySetGenerator.stripAccents(q.text()), q.text());
                case AND_2 -> assertEquals(2, q.text().split(" ").length);
                case AND_3 -> assertEquals(3, q.text().split(" ").length);
                default -> assertEquals(1, q.text().split(" ").length);
            }
        }
    }

    @Test
    void generate_neverPicksStopWordsOrShortWords() {
        for (BenchQuery q : new QuerySetGenerator().generate(corpus(), 5)) {
            if (q.type() == QueryType.RARE_TERM || q.type() == QueryType.COMMON_TERM) {
                assertTrue(q.text().length() >= 4, q.text());
                assertFalse(Set.of("pour", "dans", "avec", "elle", "nous").contains(q.text()), q.text());
            }
        }
    }

    @Test
    void generate_andQueries_comeFromOneArticle_soTheyFindIt() {
        List<Article> articles = corpus();
        for (BenchQuery q : new QuerySetGenerator().generate(articles, 3)) {
            if (q.type() != QueryType.AND_2 && q.type() != QueryType.AND_3) continue;
            boolean some = articles.stream().anyMatch(a -> {
                List<String> words = QuerySetGenerator.words(a.title() + " " + a.bodyText());
                return words.containsAll(List.of(q.text().split(" ")));
            });
            assertTrue(some, q.text());
        }
    }

    @Test
    void stripAccents_foldsAccentsAndLigatures() {
        assertEquals("coeur eleve naif noel", QuerySetGenerator.stripAccents("cœur élevé naïf noël"));
    }

    @Test
    void typo_isOneSubstitutionInTheMiddle() {
        assertEquals("gouveroement", QuerySetGenerator.typo("gouvernement"));
        assertEquals("zaaa", QuerySetGenerator.typo("zaza"), "z wraps round to a");
    }

    @Test
    void words_areLowerCaseLetterRuns() {
        assertEquals(List.of("l", "armée", "française", "a"), QuerySetGenerator.words("L’armée française, a-t"
                .replace("-t", "")));
    }

    @Test
    void generate_refusesAnEmptyCorpus() {
        assertThrows(IllegalArgumentException.class, () -> new QuerySetGenerator().generate(List.of(), 3));
    }
}
