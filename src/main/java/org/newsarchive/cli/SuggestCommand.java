package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive suggest PREFIX}: completions for a search box (titles, then frequent words). */
@Command(name = "suggest", description = "Complete a prefix from the archive: titles, then frequent words.")
final class SuggestCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "PREFIX", description = "What has been typed so far.")
    String prefix;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Completions to list, 1 to 50 (default 10).")
    int limit;

    @Option(names = "--json", description = "Print JSON (the HTTP API's shape).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 50) throw new IllegalArgumentException("--limit must be between 1 and 50, got " + limit);
        if (prefix.isBlank()) throw new IllegalArgumentException("the prefix is empty");
        List<Suggestions.Completion> found;
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), top.console)) {
            found = new LuceneArchiveSearch(index).suggestions().complete(prefix, limit);
        }
        var out = top.console.out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(SearchJson.completions(prefix, found)));
        } else {
            for (Suggestions.Completion c : found) out.println(c.kind() + "\t" + c.text());
        }
        out.flush();
        return 0;
    }
}
