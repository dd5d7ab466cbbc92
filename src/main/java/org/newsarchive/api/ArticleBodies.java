package org.newsarchive.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsarchive.Article;
import org.newsarchive.ingest.IngestItem;
import org.newsarchive.ingest.JsonlArticleReader;
import org.newsarchive.ingest.SeedFormatParser;
import org.newsarchive.ingest.TextDecoder;

/**
 * Reads the articles of a POST body with the ingest readers: one JSON object or an array of them
 * ({@code application/json}), JSON lines ({@code application/x-ndjson}), or one article in the seeds' plain
 * text format ({@code text/plain}, id from {@code ?id=}). One item per article, in order, each Parsed or Failed.
 */
final class ArticleBodies {
    /** Stands for the file name in ingest messages. */
    private static final String SOURCE = "request";

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonlArticleReader lines = new JsonlArticleReader();
    private final SeedFormatParser seeds = new SeedFormatParser();

    private static final java.util.Set<String> JSON_LINES = java.util.Set.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines");

    /** Throws 415 unless the body is of a type this reader knows; checked before the body is read. */
    static void requireSupported(String contentType) {
        String type = mediaType(contentType);
        if (!type.equals("application/json") && !type.equals("text/plain") && !JSON_LINES.contains(type)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send articles as application/json, "
                    + "application/x-ndjson or text/plain (with ?id=), not '" + (contentType == null ? "nothing" : contentType) + "'");
        }
    }

    List<IngestItem> read(String contentType, byte[] body, String id, String lang) {
        requireSupported(contentType);
        String type = mediaType(contentType);
        if (type.equals("application/json")) return fromJson(body);
        if (type.equals("text/plain")) return List.of(fromText(body, id, lang));
        return fromJsonLines(body);
    }

    private List<IngestItem> fromJson(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.INVALID_ARTICLE, "invalid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new ApiException(ErrorCode.INVALID_ARTICLE, "unreadable JSON body");
        }
        if (root == null || root.isMissingNode()) throw new ApiException(ErrorCode.INVALID_ARTICLE, "empty body: send an article");
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) root.forEach(nodes::add); else nodes.add(root);
        List<IngestItem> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            items.add(node.isObject() ? clean(lines.parseLine(node.toString(), SOURCE, i + 1))
                    : new IngestItem.Failed(SOURCE, i + 1, "not a JSON object"));
        }
        return items;
    }

    private List<IngestItem> fromJsonLines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<IngestItem> items = new ArrayList<>();
        long lineNo = 0;
        for (String line : text.split("\r?\n")) {
            lineNo++;
            if (line.isBlank()) continue;
            IngestItem item = lines.parseLine(line, SOURCE, lineNo);
            // A line that is not JSON means a broken body (cut short, wrong format): refuse it whole, as a broken
            // JSON array is, rather than write the lines around it. A JSON line that is no article only fails itself.
            if (item instanceof IngestItem.Failed f && f.reason().startsWith(JsonlArticleReader.INVALID_JSON)) {
                throw new ApiException(ErrorCode.INVALID_ARTICLE, "line " + lineNo + ": " + f.reason() + "; nothing was written");
            }
            items.add(clean(item));
        }
        return items;
    }

    private IngestItem fromText(byte[] body, String id, String lang) {
        if (id == null || id.isBlank()) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "a text/plain article needs its id: POST /api/articles?id=...");
        }
        String idProblem = JsonlArticleReader.idProblem(id);
        if (idProblem != null) throw new ApiException(ErrorCode.INVALID_PARAMETER, idProblem);
        var binary = TextDecoder.binaryKind(body);
        if (binary.isPresent()) throw new ApiException(ErrorCode.INVALID_ARTICLE, "binary body (" + binary.get() + "), not text");
        Article article = seeds.parse(id.strip(), TextDecoder.decode(body), null);
        if (article.isEmpty()) return new IngestItem.Failed(SOURCE, 1, "no article text");
        if (lang != null && !lang.isBlank()) article = article.withLang(lang.strip().toLowerCase(Locale.ROOT));
        return new IngestItem.Parsed(article);
    }

    /** An article sent over HTTP was read from no file. */
    private static IngestItem clean(IngestItem item) {
        return item instanceof IngestItem.Parsed p ? new IngestItem.Parsed(p.article().withFile(null)) : item;
    }

    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
