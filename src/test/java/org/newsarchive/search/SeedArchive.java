package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;

/**
 * The five bundled seeds indexed once for a test class, in a temporary folder closed and deleted after it:
 * {@code @RegisterExtension static final SeedArchive seeds = new SeedArchive();}
 */
final class SeedArchive implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private ArchiveIndex index;
    private LuceneArchiveSearch search;
    private IndexReport report;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("seed-archive");
        index = ArchiveIndex.open(folder.resolve("index"), new Analyzers());
        report = new Indexer(index, "fr", null).index(List.of(Path.of("seeds")), n -> {});
        search = new LuceneArchiveSearch(index);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    ArchiveIndex index() {
        return index;
    }

    LuceneArchiveSearch search() {
        return search;
    }

    /** What indexing the seeds reported. */
    IndexReport report() {
        return report;
    }
}
