package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Queries a user (or an attacker) may type, over the five seeds: each ends in a result page or in an
 * {@link InvalidRequestException} whose one-line message names the problem, never in another exception.
 */
class HostileQueryTest {

    @RegisterExtension
    static final SeedArchive seeds = new SeedArchive();

    private static String words(int n) {
        return IntStream.range(0, n).mapToObj(i -> "m" + Integer.toString(i, 36)).collect(Collectors.joining(" "));
    }

    /** Queries that must give a page of results: the case, the query, the exact number of seeds it finds. */
    static Stream<Arguments> answered() {
        return Stream.of(
                Arguments.of("star alone matches all", "*", 5),
                Arguments.of("field star matches all", "*:*", 5),
                Arguments.of("prefix", "mali*", 5),
                Arguments.of("fuzzy distance 2 (the maximum)", "gouvernemant~2", 2),
                Arguments.of("fuzzy without distance", "mali~", 5),
                Arguments.of("escaped quote", "\\\"sadio", 2),
                Arguments.of("balanced parentheses", "(mali)", 5),
                Arguments.of("control characters become spaces", "\u0000mali\u0007", 5),
                Arguments.of("ANSI escape sequence", "mali\u001b31m", 0),
                Arguments.of("terminal colour sequences around a word", "\u001b[31mmali\u001b[0m", 5),
                Arguments.of("terminal sequence between words", "mali\u001b[1;31mrussie", 5),
                // No article holds the emoji too: the query is relaxed to the articles holding some of its words.
                Arguments.of("emoji around a word", "🇲🇱 mali 🙂", 5),
                Arguments.of("emoji alone", "🙂", 0),
                Arguments.of("right-to-left Arabic", "مالي باماكو", 0),
                Arguments.of("right-to-left Hebrew", "שלום", 0),
                Arguments.of("bidi override characters", "\u202Emali\u202C", 0),
                Arguments.of("zero-width no-break space", "mali\uFEFF", 0),
                Arguments.of("lone surrogate", "\uD800", 0),
                Arguments.of("unknown field is a word", "foo:bar", 0),
                Arguments.of("huge boost", "mali^1000000", 5),
                Arguments.of("huge phrase slop", "\"mali\"~1000000", 5),
                Arguments.of("single-character wildcard", "m?li", 5),
                Arguments.of("exclusion alone means all but", "-mali", 0),
                Arguments.of("empty phrase", "\"\"", 0),
                Arguments.of("3,999 characters (just under the limit)", "a".repeat(3_999), 0),
                Arguments.of("one word 500 times", "mali ".repeat(500), 5),
                Arguments.of("300 distinct words", words(300), 0),
                Arguments.of("many wildcards in one word (16)", "m*a*l*i*b*a*m*a*k*o*r*u*s*s*i*e", 0),
                Arguments.of("200 question marks after a letter", "m" + "?".repeat(15), 0),
                Arguments.of("long prefix", "a".repeat(120) + "*", 0));
    }

    /** Queries that must be refused: the case, the query, words the message must contain. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("unbalanced quote", "\"sadio camara", "unbalanced quotes"),
                Arguments.of("negative boost", "mali^-1", "^ needs a positive number after it (mali^2), at position 6"),
                Arguments.of("eleven fuzzy, prefix and wildcard words", "a~ b* c?d e~1 f* g* h~ i* j*k l~ m*",
                        "a query may hold at most 10 words with *, ? or ~"),
                Arguments.of("fifty long fuzzy words", IntStream.range(0, 50).mapToObj(i -> "abcdefghij".repeat(6) + i + "~2")
                        .collect(Collectors.joining(" ")), "a query may hold at most 10 words with *, ? or ~"),
                Arguments.of("unclosed parenthesis", "(mali", "unbalanced parentheses"),
                Arguments.of("unopened parenthesis", "mali)", "unbalanced parentheses"),
                Arguments.of("empty parentheses", "()", "empty parentheses at position 2"),
                Arguments.of("lone AND", "AND", "lone operator AND at position 1"),
                Arguments.of("lone OR", "OR", "lone operator OR at position 1"),
                Arguments.of("lone NOT", "NOT", "lone operator"),
                Arguments.of("trailing OR", "mali OR", "lone operator"),
                Arguments.of("trailing AND", "mali AND", "lone operator"),
                Arguments.of("lone minus", "-", "lone operator"),
                Arguments.of("lone plus", "+", "lone operator"),
                Arguments.of("lone bang", "!", "lone operator"),
                Arguments.of("lone tilde", "~", "~ at position 1 must follow a word"),
                Arguments.of("lone caret", "^", "^ at position 1 must follow a word"),
                Arguments.of("field without word", "title:", "a field name needs a word after ':' (title:Bamako)"),
                Arguments.of("caret without number", "mali^", "^ needs a number after it (mali^2)"),
                Arguments.of("trailing backslash", "mali \\", "a \\ at the end escapes nothing"),
                Arguments.of("unclosed range", "[a TO", "ranges like [a TO z] are not supported"),
                Arguments.of("prefix on an id", "id:000_21e*", "id: takes a whole id, not a prefix ('000_21e*')"),
                Arguments.of("fuzzy id", "id:000_21e3eea4dcfbddef~1", "id: takes a whole id, not a fuzzy word"),
                Arguments.of("leading star", "*mali", "may not start with *"),
                Arguments.of("leading question mark", "?ali", "may not start with *"),
                Arguments.of("fuzzy distance 5", "mali~5", "fuzzy distance may be at most 2"),
                Arguments.of("fuzzy on a 300-character word", "a".repeat(300) + "~2", "at most 64 characters"),
                Arguments.of("fuzzy on a 3,980-character word", "ab".repeat(1_990) + "~2", "at most 64 characters"),
                Arguments.of("17 wildcards in one word", "m" + "*a".repeat(17), "at most 16 * or ?"),
                Arguments.of("200-character prefix", "a".repeat(200) + "*", "at most 128 characters"),
                Arguments.of("regular expression", "/mali/", "regular expressions (/.../) are not supported"),
                Arguments.of("catastrophic regular expression", "/(a|b)*c{1000}/", "regular expressions"),
                Arguments.of("lone slash", "24/7", "a lone / starts a regular expression"),
                Arguments.of("term range", "[a TO z]", "ranges like [a TO z] are not supported"),
                Arguments.of("open range", "title:[* TO *]", "ranges"),
                Arguments.of("10,000 characters", "x".repeat(10_000), "query is 10000 characters long; at most 4000"),
                Arguments.of("5,000 terms", words(5_000), "at most 4000 are allowed"),
                Arguments.of("600 distinct words (clauses past the limit)", words(600), "too many terms"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answered")
    void hostileQuery_givesAPage(String name, String query, int expectedTotal) {
        assertEquals(expectedTotal, seeds.search().search(SearchRequest.of(query)).total());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"answered", "refused"})
    void hostileQuery_inPlainMode_alwaysGivesAPage(String name, String query, Object ignored) {
        // Plain mode has no syntax: anything under the length limit is words, and words never fail.
        if (query.strip().length() > QueryFactory.MAX_QUERY_CHARS) return;
        assertTrue(seeds.search().search(SearchRequest.of(query).withPlain(true)).total() >= 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void hostileQuery_isRefused_withAMessageNamingTheProblem(String name, String query, String expected) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> seeds.search().search(SearchRequest.of(query)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(InvalidRequestException.Kind.QUERY, e.kind());
        assertUserFacing(e.getMessage(), query);
    }

    @Test
    void search_stopsAtItsTimeLimit_andSaysSo() {
        ArchiveSearch hurried = new LuceneArchiveSearch(seeds.index(), RankingConfig.DEFAULT, Duration.ZERO);
        SearchPage page = hurried.search(SearchRequest.of("mali"));
        assertTrue(page.timedOut());
        assertEquals(true, SearchJson.page(page, true).get("timed_out"));
    }

    @Test
    void search_withinItsTimeLimit_isNotFlagged() {
        SearchPage page = seeds.search().search(SearchRequest.of("mali"));
        assertFalse(page.timedOut());
        assertEquals(5, page.total());
        assertFalse(SearchJson.page(page, true).containsKey("timed_out"));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedCursors")
    void tamperedCursor_givesAPageOrANamedCursorError(String name, String cursor) {
        SearchRequest request = SearchRequest.of("mali").withSize(2).withCursor(cursor);
        try {
            assertTrue(seeds.search().search(request).hits().size() <= 2);
        } catch (InvalidRequestException e) {
            assertEquals(InvalidRequestException.Kind.CURSOR, e.kind());
            assertUserFacing(e.getMessage(), cursor);
        }
    }

    /** Cursors a client could forge: right fingerprint with odd contents, garbage, truncation. */
    static Stream<Arguments> tamperedCursors() {
        String real = seeds.search().search(SearchRequest.of("mali").withSize(2)).next();
        byte[] raw = java.util.Base64.getUrlDecoder().decode(real);
        java.util.function.Function<byte[], String> enc = b -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        byte[] nan = raw.clone();
        java.nio.ByteBuffer.wrap(nan).putLong(4, Double.doubleToLongBits(Double.NaN));
        byte[] noId = java.util.Arrays.copyOf(raw, 12);
        byte[] badUtf8 = java.util.Arrays.copyOf(raw, raw.length + 3);
        badUtf8[raw.length] = (byte) 0xFF;
        return Stream.of(
                Arguments.of("real cursor", real),
                Arguments.of("score NaN", enc.apply(nan)),
                Arguments.of("empty id", enc.apply(noId)),
                Arguments.of("invalid UTF-8 id", enc.apply(badUtf8)),
                Arguments.of("truncated", real.substring(0, 5)),
                Arguments.of("not base64", "!!!%%%"),
                Arguments.of("10,000 characters", "A".repeat(10_000)));
    }

    /**
     * One line, and no trace of internals (class names, stack frames) — unless the user typed them: a query
     * may well contain "org.apache", and its echo is fine (QueryFuzzTest found that case).
     */
    static void assertUserFacing(String message, String query) {
        assertFalse(message.contains("\n"), message);
        for (String internal : List.of("org.apache", "Exception", "java.", "\tat ")) {
            assertFalse(message.contains(internal) && !query.contains(internal), message);
        }
    }
}
