package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    /** Every line read, a too-long one shown as "<too long>". */
    private static List<String> lines(String text, int max) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(new StringReader(text), max);
        List<String> out = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            out.add(reader.lastLineTooLong() ? "<too long>" : line);
        }
        return out;
    }

    @Test
    void readLine_splitsOnLfAndCrLf_likeBufferedReader() throws IOException {
        assertEquals(List.of("a", "b", "", "c"), lines("a\nb\r\n\nc", 10));
    }

    @Test
    void readLine_returnsNothing_forEmptyInput() throws IOException {
        assertEquals(List.of(), lines("", 10));
    }

    @Test
    void readLine_keepsALineOfExactlyTheLimit_withACrLfEnd() throws IOException {
        assertEquals(List.of("abcde", "f"), lines("abcde\r\nf\n", 5));
    }

    @Test
    void readLine_dropsALongerLine_andGoesOnWithTheNext() throws IOException {
        assertEquals(List.of("ok", "<too long>", "next"), lines("ok\nabcdef\nnext", 5));
    }

    @Test
    void readLine_dropsALineLongerThanTheBuffer() throws IOException {
        String huge = "x".repeat(200_000);
        assertEquals(List.of("<too long>", "y", "<too long>"), lines(huge + "\ny\n" + huge, 100_000));
    }
}
