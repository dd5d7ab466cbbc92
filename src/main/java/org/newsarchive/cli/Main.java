package org.newsarchive.cli;

import java.io.PrintWriter;

/** Entry point of the {@code newsarchive} command. */
public final class Main {
    /** Held here: the JUL LogManager keeps loggers weakly, and a collected logger forgets the level set on it. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");
    private static final java.util.logging.Logger VECTORIZATION_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) {
        // Lucene announces its vector support on every start: not something a user needs to read. Nor its warning
        // when the Vector API module is absent: the launcher leaves it out of one-shot commands on purpose (loading
        // it costs more of a sub-second run than SIMD saves).
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        VECTORIZATION_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(NewsarchiveCommand.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true));
    }
}
