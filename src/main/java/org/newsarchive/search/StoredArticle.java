package org.newsarchive.search;

import java.time.Instant;
import org.newsarchive.Article;

/** An article as the index holds it, with the time it was (last) indexed. */
public record StoredArticle(Article article, Instant ingested) {}
