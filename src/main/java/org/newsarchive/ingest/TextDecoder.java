package org.newsarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
     * Decodes by BOM (UTF-16 LE/BE), else as UTF-8 with any byte that is not UTF-8 read as Windows-1252 (a whole
     * older Windows export as Windows-1252: {@link #utf8OrWindows1252}); CRLF and CR become {@code \n}.
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
        // UTF-16 text is full of NUL bytes, so its characters are what is checked: a BOM in front of binary is still binary.
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
            String head = new String(bytes, 2, Math.max(0, n - 2),
                    bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            int odd = 0;
            for (int i = 0; i < head.length(); i++) {
                char c = head.charAt(i);
                if (c == 0) return Optional.of("NUL characters");
                // A surrogate pair is one character (an emoji, say): only a lone surrogate is odd.
                if (Character.isHighSurrogate(c) && i + 1 < head.length() && Character.isLowSurrogate(head.charAt(i + 1))) {
                    i++;
                    continue;
                }
                int type = Character.getType(c);
                // Bytes that are no UTF-16 text decode to controls, lone surrogates, private-use and unassigned code
                // points: a few per cent of any text at most, a fifth or more of random bytes.
                if (isControl(c) || c == '\uFFFD' || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                        || type == Character.SURROGATE) odd++;
            }
            return head.length() > 0 && odd * 10 > head.length() ? Optional.of("not UTF-16 text despite its byte order mark") : Optional.empty();
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return Optional.of("NUL bytes");
            if (isControl(b)) controls++;
        }
        // A stray control character happens in real text; one in ten bytes does not.
        if (n > 0 && controls * 10 > n) return Optional.of("mostly control characters");
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    /**
     * UTF-8 when the bytes are; otherwise each byte that is not part of a valid UTF-8 sequence is read as
     * Windows-1252, so one stray {@code 0x92} (a Windows apostrophe pasted into a UTF-8 file) costs one character,
     * not the whole file. When such bytes are there and a "UTF-8" sequence decodes to a character that text hardly
     * ever holds ({@link #unlikelyInText}), the file is an older Windows export whose accented capitals happened to
     * form UTF-8 sequences with the next byte ("É»" is C9 BB, U+027B): it is read as Windows-1252 throughout.
     */
    private static String utf8OrWindows1252(byte[] bytes, int offset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        boolean stray = false;
        boolean unlikely = false;
        while (true) {
            int from = out.position();
            CoderResult result = utf8.decode(in, out, true);
            for (int i = from; i < out.position() && !unlikely; i++) unlikely = unlikelyInText(out.get(i));
            if (result.isUnderflow()) break;
            // Malformed or unmappable: those bytes, one by one, as Windows-1252 (which maps every byte).
            for (int i = 0; i < result.length(); i++) out.append(new String(new byte[] {in.get()}, WINDOWS_1252));
            stray = true;
        }
        utf8.flush(out);
        out.flip();
        if (stray && unlikely) return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        return out.toString();
    }

    /**
     * Latin Extended-B, IPA and spacing modifier letters (U+0180–U+02FF): the two-byte UTF-8 range that a
     * Windows-1252 capital with an accent (C6–CB) followed by punctuation or a symbol (80–BF) decodes into, and
     * which news text in any language almost never uses.
     */
    private static boolean unlikelyInText(char c) {
        return c >= 0x0180 && c <= 0x02FF;
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
