package org.newsarchive.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()} ({@code \n} or {@code \r\n} ends a line) but keeps at
 * most {@code maxChars} of any line: the rest of a longer line is read and dropped, so memory stays bounded
 * whatever the input.
 */
final class BoundedLineReader {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean tooLong;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line end, or null at the end of input; "" when the line was too long. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) return sawAnything ? finish(line) : null;
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            keep(line, start, position - start);
            if (position < limit) {
                position++; // the '\n'
                return finish(line);
            }
        }
    }

    /** True when the line last returned was longer than the limit (and came back empty). */
    boolean lastLineTooLong() {
        return tooLong;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private void keep(StringBuilder line, int start, int length) {
        if (tooLong || length == 0) return;
        if (line.length() + length > maxChars + 1) { // +1: room for the '\r' of a CRLF line end
            tooLong = true;
            line.setLength(0);
            line.trimToSize();
            return;
        }
        line.append(buffer, start, length);
    }

    private String finish(StringBuilder line) {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') line.setLength(n - 1);
        if (line.length() > maxChars) {
            tooLong = true;
            return "";
        }
        return line.toString();
    }
}
