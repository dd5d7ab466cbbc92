package org.newsarchive.ingest;

import org.newsarchive.Article;

/** One outcome of ingest: every file (or JSONL line) ends as exactly one of these, so nothing goes uncounted. */
public sealed interface IngestItem {

    /** The file the item came from, as it was given ({@code Path.toString()}). */
    String file();

    /** An article ready for the index. */
    record Parsed(Article article) implements IngestItem {
        @Override
        public String file() {
            return article.file();
        }
    }

    /** Nothing to index, and nothing wrong either (empty file, unsupported type). */
    record Skipped(String file, String reason) implements IngestItem {}

    /** Something is wrong with the input; {@code line} is 0 when the failure is not about one line. */
    record Failed(String file, long line, String reason) implements IngestItem {}
}
