package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsarchive.Article;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.LuceneArchiveSearch;
import org.newsarchive.search.SearchJson;
import org.newsarchive.search.StoredArticle;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsarchive show ID}: the whole article; exit 1 when no article has that id. */
final class ShowCommand implements Callable<Integer> {

    private CommandSpec spec;
    String id;
    boolean json;

    /** The model of this command (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "show", "Print one whole article.");
        spec.addPositional(Specs.positional("ID", "1", String.class, () -> id, v -> id = v, "Article id (as shown by search)."));
        spec.addOption(Specs.flag("--json", () -> json, v -> json = v, "Print JSON (the HTTP API's shape)."));
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        NewsarchiveCommand top = Specs.top(spec);
        Console console = top.console;
        Optional<StoredArticle> found;
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), console)) {
            found = new LuceneArchiveSearch(index).article(id);
        }
        if (found.isEmpty()) {
            console.err().println("newsarchive: no article with id '" + id + "'");
            console.err().flush();
            return 1;
        }
        if (json) {
            console.out().println(new ObjectMapper().writeValueAsString(SearchJson.article(found.get())));
        } else {
            Article a = found.get().article();
            var out = console.out();
            out.println(console.bold(a.title()));
            String source = found.get().dateSource();
            // An inferred date says so, as in search results: only a header date is the file's own.
            String from = source == null || source.equals("header") ? "" : ", from " + source;
            out.println((a.date() == null ? "undated" : a.date() + " (" + a.date().precision().label() + from + ")")
                    + " · " + a.lang() + " · " + a.id());
            if (a.source() != null) out.println("source: " + a.source());
            if (a.url() != null) out.println("url: " + a.url());
            if (a.file() != null) out.println("file: " + a.file());
            for (String credit : a.credits()) out.println("credit: " + credit);
            for (String paragraph : a.body()) {
                out.println();
                out.println(paragraph);
            }
        }
        console.out().flush();
        return 0;
    }
}
