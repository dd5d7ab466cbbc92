package org.newsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.IndexReport;
import org.newsarchive.index.Indexer;

/** Opens the configured index for a command; the default index is built from the bundled seeds on first use. */
final class Archives {
    static final String DEFAULT_LANG = "fr";

    private Archives() {}

    /** Opens the index for reading, first indexing the seeds when it is the default one and does not exist yet. */
    static ArchiveIndex openForReading(AppConfig config, Console console) throws IOException {
        checkReadable(config, console);
        return warnIfLegacy(ArchiveIndex.openReadOnly(config.index(), new Analyzers()), console);
    }

    /**
     * As {@link #openForReading}, for a one-shot command that runs a few searches and exits (search, show,
     * stats...): see {@link ArchiveIndex#openForOneCommand}.
     */
    static ArchiveIndex openForOneCommand(AppConfig config, Console console) throws IOException {
        checkReadable(config, console);
        return warnIfLegacy(ArchiveIndex.openForOneCommand(config.index(), new Analyzers()), console);
    }

    private static void checkReadable(AppConfig config, Console console) throws IOException {
        requireFolder(config);
        ensureSeeded(config, console);
        if (!ArchiveIndex.exists(config.index())) {
            throw new IllegalArgumentException("no index at " + config.index() + " (create it with 'newsarchive index PATH...')");
        }
    }

    /** Opens (or creates) the index for writing. */
    static ArchiveIndex openForWriting(AppConfig config, Console console) throws IOException {
        requireFolder(config);
        return warnIfLegacy(ArchiveIndex.open(config.index(), new Analyzers()), console);
    }

    /** An index is a folder: a file at its path is a mistaken --index, not a missing index. */
    private static void requireFolder(AppConfig config) {
        if (Files.exists(config.index()) && !Files.isDirectory(config.index())) {
            throw new IllegalArgumentException("not a folder: " + config.index() + " (--index wants the index's folder)");
        }
    }

    /** One line on stderr when the index was built by an older version whose fields a re-index replaces. */
    static ArchiveIndex warnIfLegacy(ArchiveIndex index, Console console) throws IOException {
        if (index.predatesCurrentFields()) {
            console.err().println(ArchiveIndex.LEGACY_FIELDS_WARNING);
            console.err().flush();
        }
        return index;
    }

    static void ensureSeeded(AppConfig config, Console console) throws IOException {
        if (!config.defaultIndex() || ArchiveIndex.exists(config.index()) || !Files.isDirectory(config.seeds())) return;
        console.err().println("No index at " + config.index() + " yet: indexing the bundled articles in "
                + config.seeds() + " first.");
        try (ArchiveIndex index = openForWriting(config, console)) {
            IndexReport report = new Indexer(index, DEFAULT_LANG, null).index(List.of(config.seeds()), n -> {});
            console.err().println(report.summary());
        }
        console.err().flush();
    }
}
