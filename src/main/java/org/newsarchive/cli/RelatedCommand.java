package org.newsarchive.cli;

import java.util.concurrent.Callable;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.ArticleNeighbours;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsarchive related ID}: the most similar articles outside the article's reprint cluster. */
final class RelatedCommand implements Callable<Integer> {

    private CommandSpec spec;
    String id;
    int limit;
    boolean json;

    /** The model of this command (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "related", "List the articles most like this one, reprints excluded, with their scores.");
        spec.addPositional(Specs.positional("ID", "1", String.class, () -> id, v -> id = v, "Article id."));
        spec.addOption(Specs.option("--limit", "N", int.class, () -> limit, v -> limit = v,
                "Articles to list, 1 to 100 (default 10).").defaultValue("10").build());
        spec.addOption(Specs.flag("--json", () -> json, v -> json = v, "Print JSON (the HTTP API's shape)."));
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        NewsarchiveCommand top = Specs.top(spec);
        if (limit < 1 || limit > 100) throw new IllegalArgumentException("--limit must be between 1 and 100, got " + limit);
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), top.console)) {
            return NeighboursPrinter.print(top.console, id, new ArticleNeighbours(index).related(id, limit), json);
        }
    }
}
