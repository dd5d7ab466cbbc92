package org.newsarchive.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque cursors for search-after paging: the last hit's sort values (score or date, then id), plus a
 * fingerprint of the request so that a cursor cannot be replayed against another query, and a CRC-32 of it all so
 * that a cursor cut short, lengthened or edited is refused rather than paging from wherever its bytes point.
 */
final class Cursors {
    private Cursors() {}

    static String encode(int fingerprint, FieldDoc last) {
        byte[] id = ((BytesRef) last.fields[1]).utf8ToString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(4 + 8 + id.length + 4);
        buf.putInt(fingerprint);
        Object primary = last.fields[0];
        buf.putLong(primary instanceof Float f ? Double.doubleToLongBits(f) : ((Number) primary).longValue());
        buf.put(id);
        buf.putInt(crc(buf.array(), buf.position()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
    }

    /** True when {@code cursor} is well formed and was given out for a request with this fingerprint. */
    static boolean belongsTo(String cursor, int fingerprint) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            return intact(raw) && ByteBuffer.wrap(raw).getInt() == fingerprint;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The position after which the next page starts; the primary value is a Float score or a Long date. */
    static FieldDoc decode(String cursor, int fingerprint, boolean byScore) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid("cursor is not one this service gave out");
        }
        if (!intact(raw)) throw invalid("cursor is not one this service gave out");
        ByteBuffer buf = ByteBuffer.wrap(raw, 0, raw.length - 4);
        if (buf.getInt() != fingerprint) throw invalid("cursor belongs to another query, filter or sort");
        long primary = buf.getLong();
        byte[] id = new byte[buf.remaining()];
        buf.get(id);
        double score = Double.longBitsToDouble(primary);
        if (byScore && !(score >= 0 && Double.isFinite(score))) throw invalid("cursor is not one this service gave out");
        Object first = byScore ? (Object) (float) score : (Object) primary;
        return new FieldDoc(Integer.MAX_VALUE, byScore ? (float) first : Float.NaN, new Object[] {first, new BytesRef(id)});
    }

    /** Long enough for a fingerprint, a sort value and a checksum, and its checksum agrees. */
    private static boolean intact(byte[] raw) {
        if (raw.length < 16) return false;
        return ByteBuffer.wrap(raw, raw.length - 4, 4).getInt() == crc(raw, raw.length - 4);
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(InvalidRequestException.Kind.CURSOR, message);
    }
}
