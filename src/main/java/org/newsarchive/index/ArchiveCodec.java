package org.newsarchive.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's default codec with smaller stored-field chunks. A search page reads ten articles' stored fields, and
 * each read decompresses the block holding the article: Lucene's 80 KB chunks (ten 8 KB blocks) suit big
 * documents read rarely; a news article is 2–4 KB and every search reads ten. With 16 KB chunks the bench queries'
 * p50 drops 10–17 % for 9 % more index (OrangeSum: stored fields 63.1 → 76.5 MB; 8 KB chunks gain no more,
 * 32 KB half as much: docs/BENCHMARKS.md).
 *
 * <p>Segments name their codec, and Lucene finds it again by that name (META-INF/services): indexes written with
 * the stock codec keep reading and take new segments in this one, merged segments are written in this one. When
 * Lucene's default codec changes, this class keeps its name and base for the segments written with it, and a new
 * codec class takes the new base.
 */
public final class ArchiveCodec extends FilterCodec {
    /** The codec's name in the segments it writes. Never change it: segments written with it could not be read. */
    public static final String NAME = "Newsarchive104";

    static final int CHUNK_BYTES = 16 * 1024;

    private static final StoredFieldsFormat STORED_FIELDS = new Lucene90CompressingStoredFieldsFormat(
            "NewsarchiveStoredFields", new LZ4WithPresetDictCompressionMode(), CHUNK_BYTES, 128, 10);

    public ArchiveCodec() {
        super(NAME, new Lucene104Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return STORED_FIELDS;
    }
}
