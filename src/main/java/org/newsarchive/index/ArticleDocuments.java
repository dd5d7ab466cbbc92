package org.newsarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/** The one conversion point between an {@link Article} and its Lucene {@link Document}, both ways. */
public final class ArticleDocuments {
    /** Metadata JSON, in a holder: a search reads ArticleDocuments but no metadata, and Jackson's start costs a one-shot command ~13 ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String PARAGRAPH_BREAK = "\n\n";

    /**
     * Prefix, wildcard and fuzzy queries only ask which documents hold a term; the exact-form ranking clause scores
     * with BM25, so frequencies and norms (a few MB on 36k articles), no positions.
     */
    private static final FieldType FOLDED_TYPE = indexedText(IndexOptions.DOCS_AND_FREQS, true);

    /**
     * The main ranking field, title then body: positions for phrases, and offsets so that snippets mark the
     * matched words from the postings of the one document instead of analysing its body again.
     */
    private static final FieldType TEXT_TYPE = indexedText(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, true);

    /** Title words only ever feed completions' prefix queries: which documents, nothing to score. */
    private static final FieldType SUGGEST_TITLE_TYPE = indexedText(IndexOptions.DOCS, false);

    /** Word pairs only ever score as single terms: frequencies and norms for BM25, no positions. */
    private static final FieldType PAIRS_TYPE = indexedText(IndexOptions.DOCS_AND_FREQS, true);

    /** An analysed, unstored field type. */
    private static FieldType indexedText(IndexOptions options, boolean norms) {
        FieldType type = new FieldType();
        type.setIndexOptions(options);
        type.setOmitNorms(!norms);
        type.setTokenized(true);
        type.freeze();
        return type;
    }

    /** True when a field's postings keep offsets (text fields written since snippets read them from there). */
    public static boolean keepsOffsets(FieldInfo info) {
        return info != null && info.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) >= 0;
    }

    private ArticleDocuments() {}

    /**
     * What ingest learned about an article beyond its own fields.
     *
     * @param cluster    reprint cluster id
     * @param dateSource where the article's date came from: header, text, cluster or none
     * @param signature  MinHash signature, or null when the article has no words
     */
    public record Extras(String cluster, String dateSource, int[] signature) {
        /** An article on its own: its own cluster, its date (if any) from the header. */
        public static Extras alone(Article a) {
            return new Extras(a.id(), a.date() == null ? DateSources.NONE : DateSources.HEADER, null);
        }
    }

    /** Builds the document for an article whose language is already decided, alone in its cluster. */
    public static Document toDocument(Article a, Instant ingested, Analyzers analyzers) {
        return toDocument(a, ingested, Extras.alone(a), null, true, analyzers);
    }

    /**
     * Builds the document for an article whose language is already decided.
     *
     * @param langConfidence confidence of a detected language, stored; null when the source gave the language
     * @param textOffsets    keep offsets in the text field's postings (false only for an index whose text field
     *                       was first written without them: Lucene does not let a field change its options)
     * @param analyzers      the index's chains: they analyse the text fields when the document is written (the other
     *                       analysed fields go through the IndexWriter's {@link Analyzers#perField}, the same chains)
     */
    public static Document toDocument(Article a, Instant ingested, Extras extras, Double langConfidence, boolean textOffsets,
                                      Analyzers analyzers) {
        String lang = Analyzers.supported(a.lang());
        String bodyText = a.bodyText();
        // Snippets find the body in this text at bodyStart(title): keep the two in step.
        String allText = a.title() + PARAGRAPH_BREAK + bodyText;
        Document doc = new Document();
        // Term for updateDocument/delete, stored for display.
        doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        // Doc values: stable tie-breaker for sorting and cursors.
        doc.add(new SortedDocValuesField(Fields.ID_SORT, new BytesRef(a.id())));
        // Ranking fields: analysed for the article's language, not stored (the display copies are). The text, its
        // word pairs and (French) its folded words come from one analysis of the text.
        DocumentText analysed = new DocumentText(analyzers, lang, allText);
        doc.add(new Field(Fields.text(lang), analysed.words(), textOffsets ? TEXT_TYPE : TextField.TYPE_NOT_STORED));
        doc.add(new TextField(Fields.title(lang), a.title(), Field.Store.NO));
        doc.add(new Field(Fields.pairs(lang), analysed.pairs(), PAIRS_TYPE));
        doc.add(analysed.sharesFolded() ? new Field(Fields.folded(lang), analysed.folded(), FOLDED_TYPE)
                : new Field(Fields.folded(lang), allText, FOLDED_TYPE));
        doc.add(new Field(Fields.SUGGEST_TITLE, a.title(), SUGGEST_TITLE_TYPE));
        // Display copies.
        doc.add(new StoredField(Fields.TITLE, a.title()));
        doc.add(new StoredField(Fields.BODY, bodyText));
        // Language: filter term, facet doc values, stored.
        doc.add(new StringField(Fields.LANG, lang, Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.LANG, new BytesRef(lang)));
        // Stored only: tells a reader the language was guessed, and how surely.
        if (langConfidence != null) doc.add(new StoredField(Fields.LANG_CONFIDENCE, langConfidence));
        PartialDate date = a.date();
        if (date != null) {
            int start = (int) date.start().toEpochDay();
            int end = (int) date.end().toEpochDay();
            // Range of days covered: a month-precision article matches any filter overlapping its month.
            doc.add(new IntRange(Fields.DATE_RANGE, new int[] {start}, new int[] {end}));
            doc.add(new NumericDocValuesField(Fields.DATE_SORT, start));
            String iso = date.toString();
            doc.add(new StoredField(Fields.DATE, iso));
            doc.add(new StoredField(Fields.DATE_PRECISION, date.precision().label()));
            // The ISO text starts with YYYY and YYYY-MM: cut it instead of formatting twice more per article.
            doc.add(new SortedDocValuesField(Fields.YEAR, new BytesRef(iso.substring(0, 4))));
            if (date.precision() != PartialDate.Precision.YEAR) {
                doc.add(new SortedDocValuesField(Fields.MONTH, new BytesRef(iso.substring(0, 7))));
            }
        }
        storeIfPresent(doc, Fields.SOURCE, a.source());
        storeIfPresent(doc, Fields.URL, a.url());
        storeIfPresent(doc, Fields.FILE, a.file());
        for (String credit : a.credits()) doc.add(new StoredField(Fields.CREDITS, credit));
        if (!a.metadata().isEmpty()) doc.add(new StoredField(Fields.METADATA, toJson(a.metadata())));
        doc.add(new StoredField(Fields.INGESTED, ingested.toEpochMilli()));
        // Cluster: term for "similar", doc values for collapse, stored for display.
        doc.add(new StringField(Fields.CLUSTER, extras.cluster(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.CLUSTER, new BytesRef(extras.cluster())));
        // Date source: stored for display, doc values for the facet that counts undated articles.
        doc.add(new StoredField(Fields.DATE_SOURCE, extras.dateSource()));
        doc.add(new SortedDocValuesField(Fields.DATE_SOURCE, new BytesRef(extras.dateSource())));
        if (extras.signature() != null) {
            // Stored to compare with later candidates; band keywords to find those candidates.
            doc.add(new StoredField(Fields.MINHASH, MinHash.toBytes(extras.signature())));
            for (BytesRef band : MinHash.bandKeys(extras.signature())) doc.add(new StringField(Fields.MINHASH_BAND, band, Field.Store.NO));
        }
        return doc;
    }

    /** Where the body starts in the text field of an article with this title (the title, then a paragraph break). */
    public static int bodyStart(String title) {
        return title.length() + PARAGRAPH_BREAK.length();
    }

    /** Reads back the article stored in a document. */
    public static Article toArticle(Document doc) {
        String date = doc.get(Fields.DATE);
        String body = doc.get(Fields.BODY);
        List<String> paragraphs = body == null || body.isEmpty() ? List.of() : Arrays.asList(body.split(PARAGRAPH_BREAK));
        List<String> credits = new ArrayList<>();
        for (IndexableField f : doc.getFields(Fields.CREDITS)) credits.add(f.stringValue());
        String meta = doc.get(Fields.METADATA);
        return new Article(doc.get(Fields.ID), doc.get(Fields.TITLE), paragraphs,
                date == null ? null : PartialDate.parse(date), doc.get(Fields.LANG), doc.get(Fields.SOURCE),
                doc.get(Fields.URL), doc.get(Fields.FILE), credits, meta == null ? Map.of() : fromJson(meta));
    }

    /** Confidence of a detected language, or null when the source gave the language. */
    public static Double langConfidence(Document doc) {
        IndexableField f = doc.getField(Fields.LANG_CONFIDENCE);
        return f == null ? null : f.numericValue().doubleValue();
    }

    /** When the article was (last) indexed. */
    public static Instant ingested(Document doc) {
        IndexableField f = doc.getField(Fields.INGESTED);
        return f == null ? null : Instant.ofEpochMilli(f.numericValue().longValue());
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) doc.add(new StoredField(field, value));
    }

    private static String toJson(Map<String, String> map) {
        try {
            return Json.MAPPER.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write metadata", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored metadata", e);
        }
    }
}
