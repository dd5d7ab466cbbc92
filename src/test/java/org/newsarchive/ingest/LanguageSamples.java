package org.newsarchive.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsarchive.Article;

/** The committed per-language samples of real articles (src/test/resources/languages, see NOTICE). */
public final class LanguageSamples {
    /** Languages with a sample file. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "ar");

    private LanguageSamples() {}

    /** The sample file of a language. */
    public static Path file(String lang) {
        try {
            return Path.of(LanguageSamples.class.getResource("/languages/" + lang + ".jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The articles of a language's sample, with their stated language. */
    public static List<Article> articles(String lang) {
        List<Article> out = new ArrayList<>();
        new JsonlArticleReader().read(file(lang), item -> {
            if (item instanceof IngestItem.Parsed p) out.add(p.article());
            else throw new IllegalStateException("bad sample line: " + item);
        });
        return out;
    }
}
