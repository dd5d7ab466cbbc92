package org.newsarchive.cli;

import java.io.PrintWriter;

/** Entry point of the {@code newsarchive} command. */
public final class Main {
    /** Held here: the JUL LogManager keeps loggers weakly, and a collected logger forgets the level set on it. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {}

    public static void main(String[] args) {
        // Lucene announces its vector support on every start: not something a user needs to read.
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(NewsarchiveCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true));
    }
}
