package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

class StockLucenePeerTest {
    private static final List<Article> ARTICLES = List.of(
            article("a", "Les hélicoptères de l'armée", "Des hélicoptères livrés à l'armée de terre.", "2020-01-15"),
            article("b", "Un hélicoptère militaire", "L'appareil militaire a décollé de la base.", "2021-05-02"),
            article("c", "Armée de terre", "Les soldats de l'armée de terre défilent.", null),
            article("d", "Hélicoptère en vol", "Un hélicoptère de secours vole au-dessus de la ville.", "2021-11-20"));

    private static Article article(String id, String title, String body, String date) {
        return new Article(id, title, List.of(body), date == null ? null : PartialDate.parse(date), "fr", null, null, null, null, null);
    }

    private static BenchQuery query(String id, QueryType type, String text, String from, String to, boolean byDate) {
        return new BenchQuery(id, type, text, text, BenchQuery.PgMode.WEBSEARCH,
                from == null ? null : PartialDate.parse(from), to == null ? null : PartialDate.parse(to), byDate);
    }

    @Test
    void everyQueryType_runsThroughStockLucene_withTheUsualSyntaxAndAnalysis(@TempDir Path dir) throws Exception {
        List<BenchQuery> queries = List.of(
                query("plural", QueryType.RARE_TERM, "hélicoptères", null, null, false),
                query("and", QueryType.AND_2, "armée hélicoptère", null, null, false),
                query("or", QueryType.OR_2, "militaire OR secours", null, null, false),
                query("phrase", QueryType.PHRASE, "\"armée de terre\"", null, null, false),
                query("prefix", QueryType.PREFIX, "sold*", null, null, false),
                query("fuzzy", QueryType.FUZZY, "solat~1", null, null, false),
                query("date", QueryType.DATE_SORTED, "hélicoptère", "2021", "2021", true),
                query("sorted", QueryType.DATE_SORTED, "armée OR hélicoptère", null, null, true));

        StockLucenePeer.Result result = StockLucenePeer.run(ARTICLES, queries, dir.resolve("index"), 1, 2);

        assertNull(result.notRun());
        assertEquals(4, result.docs());
        assertTrue(result.indexBytes() > 0 && result.wallSeconds() > 0);
        // Light stemming: the plural finds the singular; every word of a plain query is required.
        assertEquals(3, result.outcomes().get("plural").total());
        assertEquals(List.of("a"), result.outcomes().get("and").topIds());
        assertEquals(2, result.outcomes().get("or").total());
        assertEquals(2, result.outcomes().get("phrase").total());
        assertEquals(List.of("c"), result.outcomes().get("prefix").topIds());
        assertEquals(List.of("c"), result.outcomes().get("fuzzy").topIds());
        // The date range filters, newest first; undated articles come last.
        assertEquals(List.of("d", "b"), result.outcomes().get("date").topIds());
        assertEquals(List.of("d", "b", "a", "c"), result.outcomes().get("sorted").topIds());
        // Every query type is timed.
        assertEquals(java.util.EnumSet.of(QueryType.RARE_TERM, QueryType.AND_2, QueryType.OR_2, QueryType.PHRASE, QueryType.PREFIX,
                QueryType.FUZZY, QueryType.DATE_SORTED), result.topTen().byType().keySet());
        assertEquals(queries.size() * 2, result.topTen().all().count());
    }

    @Test
    void aQueryStockLuceneCannotParse_isNamedInTheError(@TempDir Path dir) {
        List<BenchQuery> bad = List.of(query("broken-1", QueryType.PHRASE, "\"unclosed", null, null, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StockLucenePeer.run(ARTICLES, bad, dir.resolve("index"), 0, 1));
        assertTrue(e.getMessage().startsWith("query broken-1 does not parse for stock Lucene"), e.getMessage());
    }
}
