package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.StoredArticle;

/**
 * An undated reprint written before its dated original gets the original's date once the original arrives, as it
 * would had the files come the other way round: in one ingest run, across runs, and through single writes.
 */
class LateReprintDatesTest {
    private static final Path SEED = Path.of("seeds/000_21e3eea4dcfbddef.txt");

    @TempDir
    Path folder;

    /** Seed 000 without its {@code date 2022-03} header: the same text, undated. */
    private static String undatedCopyOfSeed() throws IOException {
        String text = Files.readString(SEED);
        String header = "date 2022-03 ";
        int at = text.indexOf(header);
        assertTrue(at >= 0 && at < 4, "seed 000 starts with its date header");
        return text.substring(at + header.length());
    }

    private StoredArticle stored(ArchiveIndex index, String id) {
        return new LuceneArchiveSearch(index).article(id).orElseThrow(() -> new AssertionError("no article " + id));
    }

    @Test
    void undatedReprintBeforeItsDatedOriginal_inOneRun_takesTheOriginalsDate() throws IOException {
        Path inputs = Files.createDirectories(folder.resolve("in"));
        // Files are read in name order: the undated copy first.
        Files.writeString(inputs.resolve("a-reprint.txt"), undatedCopyOfSeed());
        Files.copy(SEED, inputs.resolve("b-original.txt"));
        try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("idx"), new Analyzers())) {
            new Indexer(index, "fr", null).index(List.of(inputs), n -> {});
            StoredArticle reprint = stored(index, "a-reprint");
            assertEquals("2022-03", reprint.article().date().toString());
            assertEquals(DateSources.CLUSTER, reprint.dateSource());
            assertEquals("a-reprint", reprint.cluster());
            StoredArticle original = stored(index, "b-original");
            assertEquals(DateSources.HEADER, original.dateSource());
            assertEquals("a-reprint", original.cluster());
        }
    }

    @Test
    void undatedReprintFromAnEarlierRun_takesTheDateOfAnOriginalIndexedLater() throws IOException {
        Path first = Files.createDirectories(folder.resolve("first"));
        Files.writeString(first.resolve("a-reprint.txt"), undatedCopyOfSeed());
        Path second = Files.createDirectories(folder.resolve("second"));
        Files.copy(SEED, second.resolve("b-original.txt"));
        Path dir = folder.resolve("idx");
        java.time.Instant firstWrite;
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            new Indexer(index, "fr", null).index(List.of(first), n -> {});
            assertEquals(DateSources.NONE, stored(index, "a-reprint").dateSource());
            firstWrite = stored(index, "a-reprint").ingested();
        }
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            new Indexer(index, "fr", null).index(List.of(second), n -> {});
            StoredArticle reprint = stored(index, "a-reprint");
            assertEquals("2022-03", reprint.article().date().toString());
            assertEquals(DateSources.CLUSTER, reprint.dateSource());
            // Only its date changed: the body, the file and the ingest time are those of its first write.
            assertEquals(first.resolve("a-reprint.txt").toString(), reprint.article().file());
            assertEquals(firstWrite, reprint.ingested());
            assertTrue(reprint.article().bodyText().contains("Bamako"));
        }
    }

    @Test
    void undatedReprintDeletedOrDatedBeforeTheCommit_isLeftAsItIs() throws IOException {
        Article original = article("original", PartialDate.parse("2022-03"));
        try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("idx"), new Analyzers())) {
            index.upsert(article("deleted", null));
            index.upsert(article("redated", null));
            index.upsert(original);
            index.delete("deleted");
            index.upsert(article("redated", PartialDate.parse("2023")));
            index.commit();
            assertTrue(new LuceneArchiveSearch(index).article("deleted").isEmpty(), "a deleted article stays deleted");
            StoredArticle redated = stored(index, "redated");
            assertEquals("2023", redated.article().date().toString());
            assertEquals(DateSources.HEADER, redated.dateSource());
        }
    }

    @Test
    void lateDate_isVisibleAfterTheCommit_ofASingleWrite() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(folder.resolve("idx"), new Analyzers())) {
            index.upsert(article("copy", null));
            index.commit();
            assertNull(stored(index, "copy").article().date());
            index.upsert(article("original", PartialDate.parse("2022-03-30")));
            index.commit();
            StoredArticle copy = stored(index, "copy");
            assertEquals("2022-03-30", copy.article().date().toString());
            assertEquals(DateSources.CLUSTER, copy.dateSource());
        }
    }

    /** Seed 000's words under another id: every such article is a reprint of the others. */
    private static Article article(String id, PartialDate date) throws IOException {
        List<String> body = List.of(undatedCopyOfSeed().split("\n\\s*\n"));
        return new Article(id, "Coopération militaire", body, date, "fr", null, null, null, null, null);
    }
}
