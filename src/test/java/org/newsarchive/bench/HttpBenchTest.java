package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsarchive.PartialDate;

class HttpBenchTest {
    private static final BenchQuery PHRASE = new BenchQuery("phrase-1", QueryType.PHRASE, "\"armée française\"",
            "\"armée française\"", BenchQuery.PgMode.WEBSEARCH, null, null, false);
    private static final BenchQuery DATED = new BenchQuery("date_sorted-1", QueryType.DATE_SORTED, "mali", "mali",
            BenchQuery.PgMode.WEBSEARCH, PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2020, 4), true);

    @Test
    void path_encodesTheQuery_andAddsFiltersAndSort() {
        assertEquals("/api/search?q=%22arm%C3%A9e+fran%C3%A7aise%22", HttpBench.path(PHRASE));
        assertEquals("/api/search?q=mali&from=2020-01&to=2020-04&sort=date", HttpBench.path(DATED));
    }

    @Test
    void luaScript_listsEveryPath_andCyclesThroughThem() {
        String lua = HttpBench.luaScript(List.of(PHRASE, DATED));
        assertTrue(lua.contains("\"/api/search?q=%22arm%C3%A9e+fran%C3%A7aise%22\","), lua);
        assertTrue(lua.contains("\"/api/search?q=mali&from=2020-01&to=2020-04&sort=date\","), lua);
        assertTrue(lua.contains("i = (i % #paths) + 1"), lua);
    }
}
