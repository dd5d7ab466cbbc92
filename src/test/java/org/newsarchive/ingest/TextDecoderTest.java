package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Encoding guesses and binary detection. */
class TextDecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void decode_stripsUtf8ByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Défense".getBytes(StandardCharsets.UTF_8));
        assertEquals("Défense", TextDecoder.decode(bytes));
    }

    @Test
    void decode_readsWindows1252_whenBytesAreNotValidUtf8() {
        byte[] bytes = "Défense – l’armée".getBytes(Charset.forName("windows-1252"));
        assertEquals("Défense – l’armée", TextDecoder.decode(bytes));
    }

    @Test
    void decode_readsOneStrayWindows1252Byte_inAUtf8File_withoutGarblingTheRest() {
        byte[] utf8 = "Législatives : la défaite de l".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "équipe sortante à Ségou".getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[utf8.length + 1 + rest.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        mixed[utf8.length] = (byte) 0x92; // Windows-1252's ’
        System.arraycopy(rest, 0, mixed, utf8.length + 1, rest.length);
        assertEquals("Législatives : la défaite de l’équipe sortante à Ségou", TextDecoder.decode(mixed));
    }

    @Test
    void decode_readsWindowsQuotesInAUtf8File_oneByOne_evenWhenTheyOutnumberTheUtf8Letters() {
        byte[] start = "The minister said ".getBytes(StandardCharsets.UTF_8);
        byte[] middle = "we".getBytes(StandardCharsets.UTF_8);
        byte[] end = "ll reopen the café".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(start);
        bytes.write(0x93); // Windows-1252 “
        bytes.writeBytes(middle);
        bytes.write(0x92); // ’
        bytes.writeBytes(end);
        bytes.write(0x94); // ”
        assertEquals("The minister said “we’ll reopen the café”", TextDecoder.decode(bytes.toByteArray()));
    }

    @Test
    void looksBinary_isFalse_forUtf16TextFullOfEmoji() {
        byte[] text = ("\uFEFF" + "\uD83D\uDE00".repeat(50) + " bonjour").getBytes(StandardCharsets.UTF_16LE);
        assertFalse(TextDecoder.looksBinary(text));
    }

    @Test
    void decode_readsAWindows1252File_asWindows1252Throughout_evenWhereTwoBytesLookLikeUtf8() {
        // "É»" is C9 BB in Windows-1252, which is also a valid UTF-8 sequence (U+027B).
        String text = "«É» : l’élection à Kayes, où le député sortant a été réélu dès le premier tour";
        assertEquals(text, TextDecoder.decode(text.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void decode_readsUtf16LittleEndian_withByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Défense\r\nMali".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Défense\nMali", TextDecoder.decode(bytes));
    }

    @Test
    void decode_readsUtf16BigEndian_withByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Défense".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Défense", TextDecoder.decode(bytes));
    }

    @Test
    void decode_normalisesCrLfAndCrToNewline() {
        assertEquals("a\nb\nc\n\nd", TextDecoder.decode("a\r\nb\rc\r\n\r\nd".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void looksBinary_isTrue_forNulBytes() {
        assertEquals(Optional.of("NUL bytes"), TextDecoder.binaryKind(new byte[] {'a', 0, 'b', 0}));
    }

    @Test
    void looksBinary_isTrue_forBinaryBehindAUtf16ByteOrderMark() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xFE;
        assertTrue(TextDecoder.looksBinary(noise));
    }

    @Test
    void looksBinary_isTrue_forFileMagic() {
        assertEquals(Optional.of("PNG image"), TextDecoder.binaryKind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals(Optional.of("PDF"), TextDecoder.binaryKind("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("ZIP archive"), TextDecoder.binaryKind(new byte[] {'P', 'K', 3, 4, 'x'}));
        assertEquals(Optional.of("GZIP archive"), TextDecoder.binaryKind(new byte[] {0x1F, (byte) 0x8B, 8, 0}));
    }

    @Test
    void looksBinary_isTrue_forMostlyControlCharacters() {
        assertTrue(TextDecoder.looksBinary(new byte[] {1, 2, 3, 'a', 4, 5, 6, 7, 'b', 8}));
    }

    @Test
    void looksBinary_isFalse_forUtf16TextWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Mali".getBytes(StandardCharsets.UTF_16LE));
        assertFalse(TextDecoder.looksBinary(bytes));
    }

    @Test
    void looksBinary_isFalse_forWindows1252Text() {
        assertFalse(TextDecoder.looksBinary("Défense\tnationale\r\n".getBytes(Charset.forName("windows-1252"))));
    }
}
