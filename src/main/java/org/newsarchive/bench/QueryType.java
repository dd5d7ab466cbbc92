package org.newsarchive.bench;

/** The kinds of query the benchmark times separately, in report order. */
public enum QueryType {
    RARE_TERM, COMMON_TERM, AND_2, AND_3, OR_2, OR_3, PHRASE, PREFIX, FUZZY, DATE_SORTED, ACCENT_FREE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
