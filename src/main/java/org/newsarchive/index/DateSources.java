package org.newsarchive.index;

/** The values of {@link Fields#DATE_SOURCE}: where an article's date came from. */
public final class DateSources {
    private DateSources() {}

    /** The input said it (a date header, a JSON "date"). */
    public static final String HEADER = "header";
    /** Inferred from the article's own words. */
    public static final String TEXT = "text";
    /** Taken from a dated reprint in the same cluster. */
    public static final String CLUSTER = "cluster";
    /** Undated. */
    public static final String NONE = "none";
}
