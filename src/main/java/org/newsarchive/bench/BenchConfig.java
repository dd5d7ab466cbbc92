package org.newsarchive.bench;

import java.nio.file.Path;

/**
 * Everything one bench run needs, decided once from flags.
 *
 * @param limit       index only the first N articles of the corpus (0: all)
 * @param perType     queries of each type in the generated set
 * @param rounds      timed passes over the query set in process (after {@code warmupRounds})
 * @param pgRounds    timed passes for PostgreSQL, whose queries are slower
 * @param httpUrl     a running service to measure, or null to start {@code serve} from the jar
 * @param home        installation folder: launcher, jar ({@code target/newsarchive.jar}) and seeds
 * @param serveJar    the jar to start {@code serve} from, or null for this installation's jar
 */
public record BenchConfig(Path corpus, int limit, int perType, int warmupRounds, int rounds, int pgRounds, Path out,
                          boolean skipHttp, boolean skipPostgres, boolean skipColdStart, int httpSeconds, int coldRuns,
                          Path pgBin, String httpUrl, Path home, boolean smoke, Path serveJar) {

    public Path jar() {
        return home.resolve("target").resolve("newsarchive.jar");
    }

    /** Where {@code serve} comes from. */
    public Path serveJarOrDefault() {
        return serveJar != null ? serveJar : jar();
    }
}
