package org.newsarchive.index;

/**
 * Every Lucene field name, declared once. Text is indexed per language ({@code text_fr}, {@code title_en}...)
 * so that each language keeps its own analysis and its own BM25 statistics.
 */
public final class Fields {
    private Fields() {}

    /** Exact id: the term that makes indexing idempotent (updateDocument). */
    public static final String ID = "id";
    /** Doc values copy of the id: the stable tie-breaker for cursors. */
    public static final String ID_SORT = "id_sort";
    /** Stored display fields. */
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String DATE = "date";
    public static final String DATE_PRECISION = "date_precision";
    public static final String LANG = "lang";
    /** Confidence in [0, 1] of a detected language; absent when the source stated the language. */
    public static final String LANG_CONFIDENCE = "lang_confidence";
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String FILE = "file";
    public static final String CREDITS = "credits";
    public static final String METADATA = "metadata";
    public static final String INGESTED = "ingested";
    /** Days covered by the date, indexed as a range so a month matches any overlapping filter. */
    public static final String DATE_RANGE = "date_range";
    /** First day covered, as epoch day: sort by date. */
    public static final String DATE_SORT = "date_sort";
    /** Facet values as doc values. */
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    /**
     * The one folded field of indexes built before folded words were kept per language: such an index still
     * answers, but its prefix, fuzzy and did-you-mean terms need a re-index (see {@link ArchiveIndex#open}).
     */
    public static final String LEGACY_FOLDED = "folded";

    /**
     * Folded, unstemmed title words, documents only: title completions for the search box (a prefix query on
     * it). Not named {@code title_…}: that prefix means a language's title field.
     */
    public static final String SUGGEST_TITLE = "suggest_title";

    /** Reprint cluster id (the id of its first member): term for "similar", doc values for collapse, stored. */
    public static final String CLUSTER = "cluster";
    /** MinHash signature of the text, stored (binary) to compare a new article with its candidates. */
    public static final String MINHASH = "minhash";
    /** One keyword per MinHash band: articles sharing a band are near-duplicate candidates. */
    public static final String MINHASH_BAND = "minhash_band";
    /** Where the date came from: header, text, cluster or none. Stored, and doc values for the facet. */
    public static final String DATE_SOURCE = "date_source";

    private static final String TEXT_PREFIX = "text_";
    private static final String TITLE_PREFIX = "title_";
    private static final String PAIRS_PREFIX = "pairs_";
    private static final String FOLDED_PREFIX = "folded_";

    /** Title and body together, analysed for {@code lang}: the main ranking field. */
    public static String text(String lang) { return TEXT_PREFIX + lang; }

    /** Title alone, analysed for {@code lang}: title matches weigh more. */
    public static String title(String lang) { return TITLE_PREFIX + lang; }

    /** Neighbouring word pairs of title and body, analysed for {@code lang}: proximity evidence for ranking. */
    public static String pairs(String lang) { return PAIRS_PREFIX + lang; }

    /**
     * Folded, unstemmed words of title and body ({@code folded_<lang>}): prefix, wildcard and fuzzy terms,
     * did-you-mean and completions, and the exact-form ranking clause. One field per language, so that a
     * language's exact-form scores use its own statistics, like its other fields.
     */
    public static String folded(String lang) { return FOLDED_PREFIX + lang; }

    /**
     * The language a word field belongs to, or null for a language-neutral field. Pair fields hold no single
     * words, so they belong to none (a highlighter must not look for their terms in the text).
     */
    public static String languageOf(String field) {
        if (field.startsWith(TEXT_PREFIX)) return field.substring(TEXT_PREFIX.length());
        if (field.startsWith(TITLE_PREFIX)) return field.substring(TITLE_PREFIX.length());
        if (field.startsWith(FOLDED_PREFIX)) return field.substring(FOLDED_PREFIX.length());
        return null;
    }

    /** True for a {@link #text} field, whatever its language. */
    public static boolean isText(String field) {
        return field.startsWith(TEXT_PREFIX);
    }

    /** True for a {@link #title} field, whatever its language. */
    public static boolean isTitle(String field) {
        return field.startsWith(TITLE_PREFIX);
    }

    /** True for a {@link #folded} field, whatever its language. */
    public static boolean isFolded(String field) {
        return field.startsWith(FOLDED_PREFIX);
    }

    /** The language of a word-pair field, or null for any other field. */
    public static String pairsLanguageOf(String field) {
        return field.startsWith(PAIRS_PREFIX) ? field.substring(PAIRS_PREFIX.length()) : null;
    }
}
