package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsarchive.PartialDate;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchHit;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.SearchPage;
import org.newsarchive.search.SearchRequest;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsarchive search QUERY}: ranked hits with snippets, or the API's JSON with {@code --json}. */
final class SearchCommand implements Callable<Integer> {

    private CommandSpec spec;
    String[] words = new String[0];
    String from;
    String to;
    String lang;
    String sort;
    int limit;
    int offset;
    boolean plain;
    boolean collapse;
    boolean json;

    /** The model of this command (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "search",
                "Search the archive. Syntax: words, \"phrases\", -exclusion, OR, prefix*, fuzzy~, title:word.");
        spec.addPositional(Specs.positional("QUERY", "0..*", String[].class, () -> words, v -> words = v,
                "Query words (joined by spaces); none lists everything."));
        spec.addOption(Specs.option("--from", "DATE", String.class, () -> from, v -> from = v,
                "Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).").build());
        spec.addOption(Specs.option("--to", "DATE", String.class, () -> to, v -> to = v,
                "Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).").build());
        spec.addOption(Specs.option("--lang", "CODE", String.class, () -> lang, v -> lang = v,
                "Only articles in this language (fr, en, ...).").build());
        spec.addOption(Specs.option("--sort", "ORDER", String.class, () -> sort, v -> sort = v,
                "relevance (default) or date (newest first).").defaultValue("relevance").build());
        spec.addOption(Specs.option("--limit", "N", int.class, () -> limit, v -> limit = v,
                "Hits to show, at most 100 (default 10).").defaultValue("10").build());
        spec.addOption(Specs.option("--offset", "N", int.class, () -> offset, v -> offset = v,
                "Hits to skip (default 0).").defaultValue("0").build());
        spec.addOption(Specs.flag("--plain", () -> plain, v -> plain = v, "Read the query as plain words, no syntax; any word may match."));
        spec.addOption(Specs.flag("--collapse", () -> collapse, v -> collapse = v,
                "One hit per reprint cluster, with the number of similar articles."));
        spec.addOption(Specs.flag("--json", () -> json, v -> json = v, "Print JSON (the HTTP API's shape)."));
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        // The request's own checks name the API's parameters (size, cursor): the command's options are named here.
        if (limit < 0 || limit > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("--limit must be between 0 and " + SearchRequest.MAX_SIZE + ", got " + limit
                    + " (page further with --offset, or export every match with the API's /api/export)");
        }
        if (offset < 0) throw new IllegalArgumentException("--offset must not be negative, got " + offset);
        if ((long) offset + limit > SearchRequest.MAX_WINDOW) {
            throw new IllegalArgumentException("--offset + --limit must not pass " + SearchRequest.MAX_WINDOW
                    + " (export every match with the API's /api/export)");
        }
        SearchRequest request = new SearchRequest(String.join(" ", words), date("--from", from), date("--to", to), lang,
                sortOf(sort), limit, offset, null, plain, collapse);
        NewsarchiveCommand top = Specs.top(spec);
        Console console = top.console;
        SearchPage page;
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), console)) {
            page = new LuceneArchiveSearch(index).search(request);
        }
        if (json) {
            console.out().println(new ObjectMapper().writeValueAsString(SearchJson.page(page, false)));
        } else {
            print(page, console);
        }
        console.out().flush();
        return 0;
    }

    private void print(SearchPage page, Console console) {
        var out = console.out();
        out.printf(Locale.ROOT, "%d result%s (%.1f ms)%n", page.total(), page.total() == 1 ? "" : "s", page.tookMs());
        if (page.suggestion() != null) out.println("Did you mean: " + page.suggestion());
        if (page.timedOut()) out.println("The search stopped at its time limit: these are the results found so far.");
        if (page.relaxed()) out.println("No article holds all these words: articles holding the most of them come first.");
        int rank = offset;
        for (SearchHit hit : page.hits()) {
            out.println();
            out.printf("%2d. %s%n", ++rank, console.bold(hit.title()));
            String date = hit.date() == null ? "undated"
                    : hit.dateSource() == null || hit.dateSource().equals("header") ? hit.date() : hit.date() + " (from " + hit.dateSource() + ")";
            String similar = hit.similar() > 0 ? " · " + hit.similar() + " similar" : "";
            out.printf("    %s · %s · %s%s%n", date, hit.lang(), hit.id(), similar);
            if (!hit.snippet().isEmpty()) out.println("    " + console.marked(hit.snippet()));
        }
    }

    static PartialDate date(String option, String value) {
        if (value == null) return null;
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    static SearchRequest.Sort sortOf(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new IllegalArgumentException("--sort: want 'relevance' or 'date', got '" + value + "'");
        };
    }
}
