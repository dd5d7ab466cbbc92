package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.Suggestions;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsarchive suggest PREFIX}: completions for a search box (titles, then frequent words). */
final class SuggestCommand implements Callable<Integer> {

    private CommandSpec spec;
    String prefix;
    int limit;
    boolean json;

    /** The model of this command (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "suggest", "Complete a prefix from the archive: titles, then frequent words.");
        spec.addPositional(Specs.positional("PREFIX", "1", String.class, () -> prefix, v -> prefix = v, "What has been typed so far."));
        spec.addOption(Specs.option("--limit", "N", int.class, () -> limit, v -> limit = v,
                "Completions to list, 1 to 50 (default 10).").defaultValue("10").build());
        spec.addOption(Specs.flag("--json", () -> json, v -> json = v, "Print JSON (the HTTP API's shape)."));
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        NewsarchiveCommand top = Specs.top(spec);
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
