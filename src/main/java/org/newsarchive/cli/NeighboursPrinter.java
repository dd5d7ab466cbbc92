package org.newsarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsarchive.search.ArticleNeighbours;
import org.newsarchive.search.SearchJson;

/** Prints the neighbours of an article for {@code similar} and {@code related}, as text or JSON. */
final class NeighboursPrinter {
    private NeighboursPrinter() {}

    /** Exit code: 0, or 1 when no article has the id. */
    static int print(Console console, String id, Optional<List<ArticleNeighbours.Neighbour>> found, boolean json) throws Exception {
        if (found.isEmpty()) {
            console.err().println("newsarchive: no article with id '" + id + "'");
            console.err().flush();
            return 1;
        }
        var out = console.out();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(SearchJson.neighbours(id, found.get())));
        } else {
            out.println(found.get().size() + " article" + (found.get().size() == 1 ? "" : "s"));
            for (ArticleNeighbours.Neighbour n : found.get()) {
                out.printf(Locale.ROOT, "%6.3f  %s  %s · %s%n", n.score(), n.id(), console.bold(n.title()),
                        n.date() == null ? "undated" : n.date() + " (" + n.dateSource() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
