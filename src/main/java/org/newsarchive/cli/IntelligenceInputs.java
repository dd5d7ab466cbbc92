package org.newsarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsarchive.Article;
import org.newsarchive.ingest.ArticleWalker;
import org.newsarchive.ingest.IngestItem;

/** Reads the articles of an evaluation file (JSON lines, or any input the indexer reads), in order. */
final class IntelligenceInputs {
    private IntelligenceInputs() {}

    static List<Article> read(Path file) {
        if (!Files.exists(file)) throw new IllegalArgumentException("no such file: " + file);
        List<Article> articles = new ArrayList<>();
        new ArticleWalker().walk(List.of(file), item -> {
            if (item instanceof IngestItem.Parsed p) articles.add(p.article());
        });
        if (articles.isEmpty()) throw new IllegalArgumentException("no article in " + file);
        return articles;
    }

    /** The same article without its date. */
    static Article undated(Article a) {
        return a.withDate(null);
    }
}
