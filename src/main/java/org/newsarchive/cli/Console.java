package org.newsarchive.cli;

import java.io.PrintWriter;

/** Where a command prints: results to {@code out}, progress and messages to {@code err}. */
record Console(PrintWriter out, PrintWriter err, boolean ansi) {
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    /** A snippet for people: {@code <mark>} becomes bold on a terminal and disappears when piped. */
    String marked(String html) {
        String text = ansi ? html.replace("<mark>", BOLD).replace("</mark>", RESET)
                : html.replace("<mark>", "").replace("</mark>", "");
        return unescape(text);
    }

    String bold(String text) {
        return ansi ? BOLD + text + RESET : text;
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
