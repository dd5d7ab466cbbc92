package org.newsarchive.bench;

import java.util.List;
import java.util.Map;

/** Everything one bench run measured; {@link BenchReport} turns it into Markdown and JSON. */
record BenchResults(Map<String, Object> machine, BenchConfig config, long textBytes, IngestBench.Result ingest,
                    List<BenchQuery> queries, LuceneQueryBench.Result lucene, StockLucenePeer.Result stockLucene,
                    PostgresResult postgres,
                    HttpBench.Result http, ColdStartBench.Result coldStart) {

    /** The peer's figures, or why it did not run. */
    record PostgresResult(String notRun, String version, String osUser, PostgresPeer.Load load,
                          LuceneQueryBench.Timings timings, Map<String, QueryOutcome> outcomes) {
        static PostgresResult notRun(String why) {
            return new PostgresResult(why, null, null, null, null, Map.of());
        }
    }
}
