package org.newsarchive.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsarchive.index.AnalysisPreview;
import org.newsarchive.ingest.LearnedBoilerplate;
import org.newsarchive.search.ArchiveSearch;
import org.newsarchive.search.SearchJson;

/** {@code /api/stats}, {@code /api/health} and {@code /api/analyze}: the archive at a glance, and its analysis. */
final class InfoController {
    /** Learned boilerplate lines listed, the most often removed first (as {@code newsarchive stats}). */
    static final int BOILERPLATE_LINES = 10;
    private final ArchiveSearch search;
    private final AnalysisPreview analysis;
    private final Path indexPath;

    InfoController(ArchiveSearch search, AnalysisPreview analysis, Path indexPath) {
        this.search = search;
        this.analysis = analysis;
        this.indexPath = indexPath;
    }

    void stats(Context ctx) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>(SearchJson.stats(search.stats()));
        Instant last = lastCommit(indexPath);
        out.put("last_commit", last == null ? null : last.toString());
        List<LearnedBoilerplate.Line> lines = LearnedBoilerplate.load(indexPath).lines();
        out.put("boilerplate_removed", SearchJson.boilerplate(lines.subList(0, Math.min(BOILERPLATE_LINES, lines.size()))));
        ctx.json(out);
    }

    void health(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "ok");
        out.put("articles", search.stats().articles());
        ctx.json(out);
    }

    void analyze(Context ctx) {
        SearchParams.requireKnown(ctx, java.util.Set.of("text", "lang"));
        String text = ctx.queryParam("text");
        if (text == null || text.isEmpty()) throw new ApiException(ErrorCode.INVALID_PARAMETER, "text: give the text to analyse");
        if (text.length() > AnalysisPreview.MAX_CHARS) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "text: at most " + AnalysisPreview.MAX_CHARS + " characters");
        }
        String lang = ctx.queryParam("lang") == null || ctx.queryParam("lang").isBlank() ? "fr" : ctx.queryParam("lang").strip();
        List<Map<String, Object>> tokens = analysis.tokens(lang, text).stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("token", t.term());
            m.put("position", t.position());
            m.put("start", t.start());
            m.put("end", t.end());
            return m;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lang", lang);
        out.put("analyzer", org.newsarchive.index.Analyzers.supported(lang));
        out.put("tokens", tokens);
        ctx.json(out);
    }

    /** When the newest commit point was written: the modification time of the latest segments file. */
    static Instant lastCommit(Path index) {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segments_")).map(p -> {
                try { return Files.getLastModifiedTime(p).toInstant(); } catch (IOException e) { return null; }
            }).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
