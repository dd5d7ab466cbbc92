package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.PartialDate;
import org.newsarchive.eval.ClusterEvaluation;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.DateSources;
import org.newsarchive.index.Indexer;

/**
 * Reprints on real news: 25 of OrangeSum's own duplicate groups and as many articles outside any group
 * ({@code src/test/resources/reprints}, drawn by its {@code make_sample.py}; CC BY-SA 4.0, see NOTICE). The copies
 * (every member but a group's first) are indexed without their date, as most scraped files come.
 */
class RealReprintSampleTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    static ArchiveIndex index;
    static LuceneArchiveSearch search;
    static ArticleNeighbours neighbours;
    /** Every article of the sample, by id, with its true date. */
    static final Map<String, PartialDate> trueDate = new LinkedHashMap<>();
    /** A copy's id to its group's first article, as OrangeSum marks them. */
    static final Map<String, String> duplicateOf = new HashMap<>();
    /** The first article of each group: the one its copies are marked a duplicate of. */
    static final Set<String> firsts = new HashSet<>();

    @BeforeAll
    static void indexTheSample_copiesWithoutTheirDate() throws IOException, URISyntaxException {
        Path sample = Path.of(RealReprintSampleTest.class.getResource("/reprints/orangesum-groups.jsonl").toURI());
        List<ObjectNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) records.add((ObjectNode) JSON.readTree(line));
        for (ObjectNode record : records) {
            if (record.hasNonNull("duplicate_of")) firsts.add(record.get("duplicate_of").asText());
        }
        List<String> undatedCopies = new ArrayList<>();
        for (ObjectNode record : records) {
            String id = record.get("id").asText();
            trueDate.put(id, PartialDate.parse(record.get("date").asText()));
            if (record.hasNonNull("duplicate_of")) duplicateOf.put(id, record.get("duplicate_of").asText());
            // Only a group's first article keeps its date: the copies must get theirs from it, the articles outside
            // any group from their own text or not at all.
            if (!firsts.contains(id)) record.remove("date");
            undatedCopies.add(JSON.writeValueAsString(record));
        }
        Path input = folder.resolve("sample.jsonl");
        Files.write(input, undatedCopies, StandardCharsets.UTF_8);
        index = ArchiveIndex.open(folder.resolve("index"), new Analyzers());
        new Indexer(index, "fr", null).index(List.of(input), n -> {});
        search = new LuceneArchiveSearch(index);
        neighbours = new ArticleNeighbours(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static StoredArticle stored(String id) {
        return search.article(id).orElseThrow(() -> new AssertionError("not indexed: " + id));
    }

    @Test
    void everyArticle_isIndexed_andTheCopiesJoinTheirGroupsCluster_withNoStrangerInIt() {
        assertEquals(106, trueDate.size());
        assertEquals(28, duplicateOf.size());
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (String id : trueDate.keySet()) clusterOf.put(id, stored(id).cluster());
        ClusterEvaluation.Result r = ClusterEvaluation.evaluate(clusterOf, duplicateOf);
        assertEquals(1.0, r.linkPrecision(), "a copy clustered with an article outside its group: " + r);
        // 26 of 28 when written; the two left out are other texts under their group's headline (OrangeSum also
        // groups by title), which no reprint detector should merge.
        assertTrue(r.linkRecall() >= 26 / 28.0, "copies left out of their group's cluster: " + r);
    }

    @Test
    void anUndatedCopy_takesTheDateOfItsGroup_andNeverAWrongOne() {
        int fromCluster = 0;
        for (var e : duplicateOf.entrySet()) {
            StoredArticle copy = stored(e.getKey());
            PartialDate inferred = copy.article().date();
            if (inferred == null) continue;
            PartialDate truth = trueDate.get(e.getKey());
            assertEquals(truth.start().getYear(), inferred.start().getYear(), e.getKey() + " from " + copy.dateSource());
            if (DateSources.CLUSTER.equals(copy.dateSource())) {
                fromCluster++;
                assertEquals(stored(copy.cluster()).article().date(), inferred, e.getKey());
            }
        }
        assertTrue(fromCluster >= 26, "copies dated by their cluster: " + fromCluster + " of " + duplicateOf.size());
    }

    @Test
    void articlesOutsideAnyGroup_areDatedFromTheirText_orNotAtAll_andRarelyWrong() {
        int dated = 0, wrong = 0, alone = 0;
        for (String id : trueDate.keySet()) {
            if (duplicateOf.containsKey(id) || firsts.contains(id)) continue;
            alone++;
            StoredArticle a = stored(id);
            if (a.article().date() == null) {
                assertEquals(DateSources.NONE, a.dateSource(), id);
                continue;
            }
            assertEquals(DateSources.TEXT, a.dateSource(), id);
            dated++;
            if (a.article().date().start().getYear() != trueDate.get(id).start().getYear()) wrong++;
        }
        assertEquals(53, alone);
        // When written: 2 dated, 1 wrong: "le dimanche 27 mai 1923" is a weekday-true date of a 2018 article on an old
        // murder case. The limit is under 2 % of the articles asserting a wrong date.
        assertTrue(dated > wrong, dated + " dated from their text, " + wrong + " of them wrong");
        assertTrue(wrong < alone * 0.02, wrong + " wrong dates asserted among " + alone);
    }

    @Test
    void similar_listsTheGroup_related_listsNoneOfIt() {
        Map<String, Set<String>> groups = duplicateOf.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        int complete = 0;
        for (var g : groups.entrySet()) {
            String first = g.getKey();
            Set<String> similar = neighbours.similar(first).orElseThrow().stream().map(ArticleNeighbours.Neighbour::id)
                    .collect(Collectors.toSet());
            if (similar.equals(g.getValue())) complete++;
            var related = neighbours.related(first, 10).orElseThrow();
            String cluster = stored(first).cluster();
            for (var n : related) {
                // A member OrangeSum groups by title alone (another text under the same headline) is not a reprint:
                // it is in a cluster of its own, and related may list it.
                assertTrue(!n.id().equals(first) && !n.cluster().equals(cluster), first + " lists its own reprint " + n.id());
                assertTrue(n.score() > 0);
            }
            assertEquals(related.size(), related.stream().map(ArticleNeighbours.Neighbour::cluster).distinct().count(),
                    "one article per cluster: " + related);
        }
        assertTrue(complete >= groups.size() - 2, complete + " of " + groups.size() + " groups found whole by similar");
    }
}
