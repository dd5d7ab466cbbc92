package org.newsarchive.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque cursors for search-after paging: the last hit's sort values (score or date, then id), plus a
 * fingerprint of the request so that a cursor cannot be replayed against another query.
 */
final class Cursors {
    private Cursors() {}

    static String encode(int fingerprint, FieldDoc last) {
        byte[] id = ((BytesRef) last.fields[1]).utf8ToString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(4 + 8 + id.length);
        buf.putInt(fingerprint);
        Object primary = last.fields[0];
        buf.putLong(primary instanceof Float f ? Double.doubleToLongBits(f) : ((Number) primary).longValue());
        buf.put(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
    }

    /** True when {@code cursor} is well formed and was given out for a request with this fingerprint. */
    static boolean belongsTo(String cursor, int fingerprint) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor);
            return raw.length >= 12 && ByteBuffer.wrap(raw).getInt() == fingerprint;
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
        if (raw.length < 12) throw invalid("cursor is not one this service gave out");
        ByteBuffer buf = ByteBuffer.wrap(raw);
        if (buf.getInt() != fingerprint) throw invalid("cursor belongs to another query, filter or sort");
        long primary = buf.getLong();
        byte[] id = new byte[buf.remaining()];
        buf.get(id);
        Object first = byScore ? (Object) (float) Double.longBitsToDouble(primary) : (Object) primary;
        float score = byScore ? (float) first : Float.NaN;
        return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {first, new BytesRef(id)});
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(InvalidRequestException.Kind.CURSOR, message);
    }
}
