package org.newsarchive.cli;

import java.util.concurrent.Callable;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.search.ArticleNeighbours;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsarchive similar ID}: the other members of the article's reprint cluster. */
@Command(name = "similar", description = "List the reprints and near-duplicates of an article (its cluster), with their estimated similarity.")
final class SimilarCommand implements Callable<Integer> {

    @ParentCommand
    NewsarchiveCommand top;

    @Parameters(paramLabel = "ID", description = "Article id.")
    String id;

    @Option(names = "--json", description = "Print JSON (the HTTP API's shape).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (ArchiveIndex index = Archives.openForOneCommand(top.config(), top.console)) {
            return NeighboursPrinter.print(top.console, id, new ArticleNeighbours(index).similar(id), json);
        }
    }
}
