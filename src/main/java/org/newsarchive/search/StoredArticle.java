package org.newsarchive.search;

import java.time.Instant;
import org.newsarchive.Article;

/**
 * An article as the index holds it, with the time it was (last) indexed, where its date came from (header, text,
 * cluster or none) and its reprint cluster.
 */
public record StoredArticle(Article article, Instant ingested, String dateSource, String cluster) {

    public StoredArticle(Article article, Instant ingested) {
        this(article, ingested, null, null);
    }
}
