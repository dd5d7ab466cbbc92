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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive search QUERY}: ranked hits with snippets, or the API's JSON with {@code --json}. */
@Command(name = "search", description = "Search the archive. Syntax: words, \"phrases\", -exclusion, OR, prefix*, fuzzy~, title:word.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query words (joined by spaces); none lists everything.")
    String[] words = new String[0];

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language (fr, en, ...).")
    String lang;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance (default) or date (newest first).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, at most 100 (default 10).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default 0).")
    int offset;

    @Option(names = "--plain", description = "Read the query as plain words, no syntax; any word may match.")
    boolean plain;

    @Option(names = "--collapse", description = "One hit per reprint cluster, with the number of similar articles.")
    boolean collapse;

    @Option(names = "--json", description = "Print JSON (the HTTP API's shape).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = new SearchRequest(String.join(" ", words), date("--from", from), date("--to", to), lang,
                sortOf(sort), limit, offset, null, plain, collapse);
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
