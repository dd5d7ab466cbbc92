package org.newsarchive.cli;

import java.util.concurrent.Callable;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.ArticleNeighbours;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive related ID}: the most similar articles outside the article's reprint cluster. */
@Command(name = "related", description = "List the articles most like this one, reprints excluded, with their scores.")
final class RelatedCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "ID", description = "Article id.")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Articles to list, 1 to 100 (default 10).")
    int limit;

    @Option(names = "--json", description = "Print JSON (the HTTP API's shape).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 100) throw new IllegalArgumentException("--limit must be between 1 and 100, got " + limit);
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), top.console)) {
            return NeighboursPrinter.print(top.console, id, new ArticleNeighbours(index).related(id, limit), json);
        }
    }
}
