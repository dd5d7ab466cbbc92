package org.newsarchive.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.Indexer;

/**
 * A search in a JVM of its own, as every CLI command is, over an archive of two languages: guessing the query's
 * language loads the language model first (seconds), and that must not count against the search's time limit.
 */
class MultilingualSearchInAFreshJvmTest {
    @TempDir
    static Path dir;

    @Test
    void firstSearchOfAFreshJvm_overTwoLanguages_findsItsArticles() throws Exception {
        Path input = dir.resolve("two-languages.jsonl");
        Files.write(input, List.of(
                "{\"id\":\"fr-1\",\"lang\":\"fr\",\"title\":\"La réforme des retraites\",\"body\":\"Le gouvernement présente la réforme des retraites au Parlement.\"}",
                "{\"id\":\"fr-2\",\"lang\":\"fr\",\"title\":\"Élections municipales\",\"body\":\"Les électeurs votent dimanche dans les communes.\"}",
                "{\"id\":\"en-1\",\"lang\":\"en\",\"title\":\"Pension reform\",\"body\":\"The government presents its pension reform to parliament.\"}",
                "{\"id\":\"en-2\",\"lang\":\"en\",\"title\":\"Local elections\",\"body\":\"Voters go to the polls on Sunday in every town.\"}"),
                StandardCharsets.UTF_8);
        Path index = dir.resolve("index");
        try (ArchiveIndex archive = ArchiveIndex.open(index, new Analyzers())) {
            new Indexer(archive, "fr", null).index(List.of(input), n -> {});
        }

        Path out = dir.resolve("out.json");
        Path err = dir.resolve("err.txt");
        // Twelve letters or more and two languages indexed: the query's language is guessed.
        Process search = ChildJvm.start("256m", out, err, "--index", index.toString(), "search", "--json", "réforme OR elections");
        assertTrue(search.waitFor(2, TimeUnit.MINUTES), "search did not finish");
        assertEquals(0, search.exitValue(), Files.readString(err));

        JsonNode page = new ObjectMapper().readTree(out.toFile());
        // "réforme" finds reform in both languages (each stems its own), "elections" both élections and elections.
        assertEquals(4, page.get("total").asLong(), page.toString());
        Set<String> ids = new HashSet<>();
        page.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(Set.of("fr-1", "fr-2", "en-1", "en-2"), ids);
        assertFalse(page.path("timed_out").asBoolean(false), page.toString());
        assertFalse(Files.readString(err).contains("time limit"), Files.readString(err));
    }
}
