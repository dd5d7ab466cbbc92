package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CursorsTest {
    private static final int FINGERPRINT = 0x5eed;
    private static final String GIVEN = Cursors.encode(FINGERPRINT, new FieldDoc(7, 2.5f, new Object[] {2.5f, new BytesRef("000_21e3")}));

    private static String edited(java.util.function.UnaryOperator<byte[]> edit) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(edit.apply(Base64.getUrlDecoder().decode(GIVEN)));
    }

    @Test
    void aCursorGivenOut_decodesToTheHitItCameFrom() {
        FieldDoc after = Cursors.decode(GIVEN, FINGERPRINT, true);
        assertEquals(2.5f, after.fields[0]);
        assertEquals("000_21e3", ((BytesRef) after.fields[1]).utf8ToString());
        assertTrue(Cursors.belongsTo(GIVEN, FINGERPRINT));
    }

    @Test
    void aCursorCutShort_lengthened_orEdited_isRefused() {
        String cut = edited(raw -> Arrays.copyOf(raw, raw.length - 2));
        String longer = edited(raw -> Arrays.copyOf(raw, raw.length + 3));
        String idEdited = edited(raw -> {
            raw[13] ^= 1;
            return raw;
        });
        for (String bad : new String[] {cut, longer, idEdited}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Cursors.decode(bad, FINGERPRINT, true));
            assertEquals("cursor is not one this service gave out", e.getMessage());
            assertFalse(Cursors.belongsTo(bad, FINGERPRINT));
        }
    }

    @Test
    void aForgedCursorWithAScoreNoSearchGives_isRefused_evenWithItsChecksumRight() {
        for (double score : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1}) {
            byte[] id = "000_21e3".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ByteBuffer buf = ByteBuffer.allocate(4 + 8 + id.length + 4).putInt(FINGERPRINT).putLong(Double.doubleToLongBits(score)).put(id);
            CRC32 crc = new CRC32();
            crc.update(buf.array(), 0, buf.position());
            buf.putInt((int) crc.getValue());
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
            assertThrows(InvalidRequestException.class, () -> Cursors.decode(forged, FINGERPRINT, true), "score " + score);
        }
    }

    @Test
    void aCursorOfAnotherRequest_saysSo() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Cursors.decode(GIVEN, FINGERPRINT + 1, true));
        assertEquals("cursor belongs to another query, filter or sort", e.getMessage());
    }
}
