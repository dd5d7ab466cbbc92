package org.newsarchive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one record every stage speaks: what ingest produces, what the index stores, what search returns in full.
 *
 * @param id       stable identity; indexing the same id again replaces the article
 * @param title    headline, never null (may be empty for JSONL input without a title)
 * @param body     paragraphs in reading order, debris removed
 * @param date     publication date at its precision, or null when unknown
 * @param lang     ISO 639-1 language code, or null when not known yet (the indexer decides)
 * @param source   publisher or corpus name, may be null
 * @param url      canonical address, may be null
 * @param file     the file the article was read from, may be null
 * @param credits  photo credits and captions taken out of the body
 * @param metadata any other input fields, kept as stored strings, in their input order
 */
public record Article(String id, String title, List<String> body, PartialDate date, String lang,
                      String source, String url, String file, List<String> credits,
                      Map<String, String> metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        body = body == null ? List.of() : List.copyOf(body);
        credits = credits == null ? List.of() : List.copyOf(credits);
        // Not Map.copyOf: its iteration order changes from one JVM to the next, and so would the JSON of an article.
        metadata = metadata == null ? Map.of() : orderedCopy(metadata);
    }

    private static Map<String, String> orderedCopy(Map<String, String> metadata) {
        Map<String, String> copy = new LinkedHashMap<>();
        metadata.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "metadata key"), Objects.requireNonNull(v, "metadata value")));
        return Collections.unmodifiableMap(copy);
    }

    /** Body paragraphs joined by blank lines, as shown to a reader. */
    public String bodyText() {
        return String.join("\n\n", body);
    }

    /** True when there is nothing a reader could search for. */
    public boolean isEmpty() {
        return title.isBlank() && body.stream().allMatch(String::isBlank);
    }

    public Article withLang(String newLang) {
        return new Article(id, title, body, date, newLang, source, url, file, credits, metadata);
    }

    public Article withFile(String newFile) {
        return new Article(id, title, body, date, lang, source, url, newFile, credits, metadata);
    }

    public Article withDate(PartialDate newDate) {
        return new Article(id, title, body, newDate, lang, source, url, file, credits, metadata);
    }
}
