package org.newsarchive.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.newsarchive.Article;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.JsonlArticleReader;

/** The articles of the benchmark corpus: the file given to the indexer and the same articles for the peer. */
final class BenchCorpus {
    private BenchCorpus() {}

    /** The corpus file to index: the file itself, or its first {@code limit} lines copied into {@code work}. */
    static Path limited(Path corpus, int limit, Path work) throws IOException {
        if (limit <= 0) return corpus;
        Path out = work.resolve("corpus-" + limit + ".jsonl");
        try (InputStream raw = Files.newInputStream(corpus);
             InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int kept = 0;
            String line;
            while (kept < limit && (line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                writer.write(line);
                writer.newLine();
                kept++;
            }
        }
        return out;
    }

    /** Every article newsarchive indexes from {@code file}, parsed the same way. */
    static List<Article> read(Path file) {
        List<Article> articles = new ArrayList<>();
        new JsonlArticleReader().read(file, item -> {
            if (item instanceof IngestItem.Parsed p) articles.add(p.article().lang() == null ? p.article().withLang("fr") : p.article());
        });
        return articles;
    }

    /** UTF-8 bytes of the searchable text (title and body), the "MB" of MB/s. */
    static long textBytes(List<Article> articles) {
        long n = 0;
        for (Article a : articles) n += a.title().getBytes(StandardCharsets.UTF_8).length + a.bodyText().getBytes(StandardCharsets.UTF_8).length;
        return n;
    }
}
