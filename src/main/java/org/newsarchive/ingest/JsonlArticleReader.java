package org.newsarchive.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/**
 * Reads {@code .jsonl} and {@code .jsonl.gz} files one line at a time, one article per line, so memory stays
 * flat however large the file. A bad line is reported with its number and the rest goes on.
 */
public final class JsonlArticleReader {

    /** Fields that have a place of their own on {@link Article}; anything else goes to metadata. */
    private static final Set<String> KNOWN = Set.of("id", "title", "body", "date", "lang", "source", "url", "credits", "metadata");
    /**
     * What the archive decides itself and an article's JSON ({@code GET /api/articles/{id}}) shows beside its own
     * fields: ignored on the way in, so that an article read from the API can be posted back as it is.
     */
    private static final Set<String> DECIDED_BY_THE_ARCHIVE = Set.of("date_precision", "date_source", "cluster", "ingested", "file");
    private static final int SNIFF_BYTES = 8192;
    /** Longest line kept: a longer one is read through (not kept in memory) and reported, so one line cannot exhaust the heap. */
    static final int MAX_LINE_CHARS = 8 * 1024 * 1024;
    /** Longest id: it goes in URLs (/api/articles/{id}, whose request line servers cap at 8 KB) and in commands. */
    public static final int MAX_ID_CHARS = 1_000;

    // Trailing tokens would otherwise be ignored, and "{...} garbage" would pass as a good line.
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Scraped JSON carries the same web debris as scraped text files, and loses it the same way. */
    private final DebrisCleaner cleaner = new DebrisCleaner();

    /** True for the file names this reader handles. */
    public static boolean handles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /**
     * Sends one item per non-blank line of {@code file} to {@code sink}; a file that cannot be opened or
     * read to the end yields a Failed item instead (after the lines read so far).
     */
    public void read(Path file, Consumer<IngestItem> sink) {
        String name = file.toString();
        long lineNo = 0;
        try (TruncatedGzip gzip = open(file)) {
            InputStream in = gzip.in();
            String binary = binaryKind(in);
            if (binary != null) {
                sink.accept(new IngestItem.Failed(name, 0, "binary file (" + binary + ")"));
                return;
            }
            BoundedLineReader reader = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE_CHARS);
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (reader.lastLineTooLong()) {
                    sink.accept(new IngestItem.Failed(name, lineNo, "line longer than " + MAX_LINE_CHARS / (1024 * 1024)
                            + " M characters, not read"));
                    continue;
                }
                if (line.isBlank()) continue;
                sink.accept(parseLine(line, name, lineNo));
            }
            if (gzip.truncated()) {
                sink.accept(new IngestItem.Failed(name, lineNo, "the compressed file ends abruptly (truncated?): "
                        + "read up to line " + lineNo + ", the rest is missing"));
            }
        } catch (ZipException e) {
            sink.accept(new IngestItem.Failed(name, lineNo, "not gzip data, though the name ends in .gz (" + ArticleWalker.describe(e) + ")"));
        } catch (IOException e) {
            sink.accept(new IngestItem.Failed(name, lineNo, ArticleWalker.describe(e)));
        }
    }

    /** The metadata field that keeps a {@code date} that is not ISO, as it was written; the article is undated. */
    public static final String UNREADABLE_DATE = "date_raw";

    /** What a user should know of an article whose date could not be read (it is indexed undated), or null. */
    public static String unreadableDateWarning(Article article) {
        String unreadable = article.metadata().get(UNREADABLE_DATE);
        if (article.date() != null || unreadable == null) return null;
        return "date '" + unreadable + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): the article is undated, the text"
                + " is kept in metadata." + UNREADABLE_DATE;
    }

    /** How the reason of a line that is not JSON at all begins (the API refuses such a body as a whole). */
    public static final String INVALID_JSON = "invalid JSON: ";

    /** Parses one JSON line into an item; never throws. */
    public IngestItem parseLine(String line, String file, long lineNo) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return new IngestItem.Failed(file, lineNo, INVALID_JSON + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) return new IngestItem.Failed(file, lineNo, "not a JSON object");
        String wrongType = wrongType(node);
        if (wrongType != null) return new IngestItem.Failed(file, lineNo, wrongType);
        String id = text(node, "id");
        if (id == null || id.isBlank()) return new IngestItem.Failed(file, lineNo, "no \"id\"");
        String idProblem = idProblem(id);
        if (idProblem != null) return new IngestItem.Failed(file, lineNo, idProblem);

        Map<String, String> metadata = new LinkedHashMap<>();
        PartialDate date = null;
        String rawDate = text(node, "date");
        if (rawDate != null && !rawDate.isBlank()) {
            date = parseDate(rawDate);
            // A date we cannot read is no reason to lose the article; keep what it said.
            if (date == null) metadata.put(UNREADABLE_DATE, rawDate);
        }
        // An object "metadata" (as the API shows it) holds the same kind of fields as the top level.
        JsonNode nested = node.get("metadata");
        if (nested != null && nested.isObject()) addValues(nested, metadata);
        addValues(node, metadata);
        String rawTitle = text(node, "title");
        String title = rawTitle == null ? "" : rawTitle.strip();
        DebrisCleaner.Cleaned cleaned = cleaner.clean(title, paragraphs(node.get("body")));
        List<String> credits = credits(node.get("credits"));
        credits.addAll(cleaned.credits());
        Article article = new Article(id.strip(), title, cleaned.body(),
                date, blankToNull(text(node, "lang")), blankToNull(text(node, "source")),
                blankToNull(text(node, "url")), file, credits, metadata);
        if (article.isEmpty()) return new IngestItem.Failed(file, lineNo, "no text (neither title nor body)");
        return new IngestItem.Parsed(article);
    }

    /**
     * What is wrong with a known field whose value cannot be what the field names (an object for a title, a list of
     * objects for a body), or null. Such a line fails rather than being indexed without the field's text.
     */
    private static String wrongType(JsonNode node) {
        for (String field : SINGLE_VALUED) {
            JsonNode value = node.get(field);
            if (value != null && !value.isValueNode()) return "\"" + field + "\" is " + kind(value) + ", not a string";
        }
        for (String field : List.of("body", "credits")) {
            JsonNode value = node.get(field);
            if (value == null || value.isValueNode()) continue;
            if (!value.isArray()) return "\"" + field + "\" is an object, not a string or an array of strings";
            for (JsonNode item : value) {
                if (!item.isValueNode()) return "\"" + field + "\" holds " + kind(item) + ", not only strings";
            }
        }
        return null;
    }

    private static final List<String> SINGLE_VALUED = List.of("id", "title", "date", "lang", "source", "url");

    private static String kind(JsonNode value) {
        return value.isArray() ? "an array" : "an object";
    }

    /**
     * Why an id given by the input cannot be one, or null. An id is shown on one line, typed back in commands and sent
     * in URLs: a line break or tab in it is a mistake of the export, and a very long one no URL carries.
     */
    public static String idProblem(String id) {
        if (id.chars().anyMatch(Character::isISOControl)) return "\"id\" holds a control character (line break, tab...)";
        int length = id.strip().length();
        if (length > MAX_ID_CHARS) return "\"id\" is " + length + " characters long; at most " + MAX_ID_CHARS + " are allowed";
        return null;
    }

    /** The plain values of {@code object}'s fields that have no place of their own, as metadata strings. */
    private static void addValues(JsonNode object, Map<String, String> metadata) {
        object.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!KNOWN.contains(name) && !DECIDED_BY_THE_ARCHIVE.contains(name) && value.isValueNode() && !value.isNull()) {
                metadata.put(name, value.asText());
            }
        });
    }

    /** Photo credits and captions: one string, or an array of them. */
    private static List<String> credits(JsonNode credits) {
        List<String> out = new ArrayList<>();
        if (credits == null || credits.isNull()) return out;
        if (credits.isArray()) {
            credits.forEach(c -> {
                if (c.isValueNode() && !c.isNull() && !c.asText().isBlank()) out.add(c.asText().strip());
            });
        } else if (credits.isValueNode() && !credits.asText().isBlank()) {
            out.add(credits.asText().strip());
        }
        return out;
    }

    private static TruncatedGzip open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            return new TruncatedGzip(raw, gz);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * A file's bytes, through gzip when its name says so. A gzip file cut short (an interrupted download or copy)
     * ends the data where it stops instead of throwing: the exception would also throw away the complete lines
     * already inflated into the readers' buffers (hundreds of articles); {@link #truncated} says it happened.
     */
    private static final class TruncatedGzip implements AutoCloseable {
        private final InputStream in;
        private boolean truncated;

        TruncatedGzip(InputStream raw, boolean gz) throws IOException {
            InputStream bytes = raw;
            if (gz) {
                GZIPInputStream inflated = new GZIPInputStream(raw, 1 << 16);
                bytes = new FilterInputStream(inflated) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        try {
                            return super.read(b, off, len);
                        } catch (EOFException e) {
                            // Thrown only when nothing more could be inflated: no byte of this call is lost.
                            truncated = true;
                            return -1;
                        }
                    }
                };
            }
            this.in = new BufferedInputStream(bytes, 1 << 16);
        }

        InputStream in() {
            return in;
        }

        boolean truncated() {
            return truncated;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Peeks at the first bytes without consuming them, so a binary file fails once instead of per line. */
    private static String binaryKind(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return TextDecoder.binaryKind(head).orElse(null);
    }

    /** The body string split on line breaks, blank lines dropped; an array of strings is taken as paragraphs. */
    private static List<String> paragraphs(JsonNode body) {
        List<String> out = new ArrayList<>();
        if (body == null || body.isNull()) return out;
        if (body.isArray()) {
            body.forEach(p -> addParagraphs(p.asText(), out));
        } else if (body.isValueNode()) {
            addParagraphs(body.asText(), out);
        }
        return out;
    }

    private static void addParagraphs(String text, List<String> out) {
        // A hand-written split on \n, \r\n and \r: the regex split was a visible share of ingest time.
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') continue;
            if (i > start) {
                String p = text.substring(start, i);
                if (!p.isBlank()) out.add(p.strip());
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
    }

    /** ISO at any precision; a timestamp with a space instead of 'T' is read too. */
    private static PartialDate parseDate(String raw) {
        String s = raw.strip();
        if (s.length() > 10 && s.charAt(10) == ' ') s = s.substring(0, 10);
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
