package org.newsarchive.cli;

import java.util.concurrent.Callable;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.ArticleNeighbours;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsarchive similar ID}: the other members of the article's reprint cluster. */
final class SimilarCommand implements Callable<Integer> {

    private CommandSpec spec;
    String id;
    boolean json;

    /** The model of this command (see {@link Specs}). */
    CommandSpec spec() {
        spec = Specs.command(this, "similar",
                "List the reprints and near-duplicates of an article (its cluster), with their estimated similarity.");
        spec.addPositional(Specs.positional("ID", "1", String.class, () -> id, v -> id = v, "Article id."));
        spec.addOption(Specs.flag("--json", () -> json, v -> json = v, "Print JSON (the HTTP API's shape)."));
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        NewsarchiveCommand top = Specs.top(spec);
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), top.console)) {
            return NeighboursPrinter.print(top.console, id, new ArticleNeighbours(index).similar(id), json);
        }
    }
}
