package org.newsarchive.search;

/**
 * One ranked article of a page.
 *
 * @param date    ISO text at the date's precision, or null when undated
 * @param snippet body passage with matched words in {@code <mark>}, HTML-escaped
 * @param dateSource where the date came from: header, text, cluster or none
 * @param cluster    reprint cluster id
 * @param similar    other members of its cluster, when results are collapsed; -1 otherwise
 */
public record SearchHit(String id, String title, String date, String lang, float score, String snippet,
                        String dateSource, String cluster, int similar) {

    /** A hit without reprint or date-source details. */
    public SearchHit(String id, String title, String date, String lang, float score, String snippet) {
        this(id, title, date, lang, score, snippet, null, null, -1);
    }

    public SearchHit withSimilar(int newSimilar) {
        return new SearchHit(id, title, date, lang, score, snippet, dateSource, cluster, newSimilar);
    }
}
