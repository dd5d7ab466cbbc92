package org.newsarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns the bytes of a text file into a String with {@code \n} line ends, guessing the encoding the way archives need. */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Enough to judge a file without reading all of it. */
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {}

    /**
     * Decodes by BOM (UTF-8, UTF-16 LE/BE), else strict UTF-8, else Windows-1252 for the whole file;
     * CRLF and CR become {@code \n}.
     */
    public static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8OrWindows1252(bytes, 3);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = utf8OrWindows1252(bytes, 0);
        }
        return normalizeLineEnds(text);
    }

    /** True when the bytes are clearly not text, so the file is reported instead of indexed as garbage. */
    public static boolean looksBinary(byte[] bytes) {
        return binaryKind(bytes).isPresent();
    }

    /** What kind of binary the bytes look like ("PDF", "NUL bytes"...), or empty when they look like text. */
    public static Optional<String> binaryKind(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) return Optional.of("PDF");
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) return Optional.of("PNG image");
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) return Optional.of("JPEG image");
        if (startsWith(bytes, 'G', 'I', 'F', '8')) return Optional.of("GIF image");
        if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) return Optional.of("ZIP archive");
        if (startsWith(bytes, 0x1F, 0x8B)) return Optional.of("GZIP archive");
        // UTF-16 text is full of NULs; its BOM is what tells it apart from binary.
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) return Optional.empty();
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return Optional.of("NUL bytes");
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) controls++;
        }
        // A stray control character happens in real text; one in ten bytes does not.
        if (n > 0 && controls * 10 > n) return Optional.of("mostly control characters");
        return Optional.empty();
    }

    private static String utf8OrWindows1252(byte[] bytes, int offset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (CharacterCodingException e) {
            // Not valid UTF-8 anywhere means an older Windows export: one encoding for the whole file, never mixed.
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    private static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
