package org.newsarchive.search;

import org.apache.lucene.queryparser.classic.ParseException;

/** Turns a query parser failure into one sentence a user can act on. */
final class QueryErrors {
    private QueryErrors() {}

    static String explain(String query, ParseException e) {
        if (count(query, '"') % 2 != 0) return "unbalanced quotes: a phrase opened with \" is never closed";
        if (count(query, '(') != count(query, ')')) return "unbalanced parentheses: ( and ) do not pair up";
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Cannot parse")) {
            int colon = message.indexOf("': ");
            message = colon >= 0 ? message.substring(colon + 3) : message;
        }
        if (message.contains("Encountered: <EOF>") || message.contains("Encountered \"<EOF>\"")) {
            return "the query ends too early (a lone operator like AND, OR, NOT, + or - needs a word after it)";
        }
        if (message.contains("Encountered")) {
            int enc = message.indexOf("Encountered");
            String what = message.substring(enc).split("\n")[0].replace("Encountered", "unexpected").strip();
            return "cannot read the query: " + what.replaceAll("\\s+at line 1,", " at");
        }
        String first = message.split("\n")[0].strip();
        return first.isEmpty() ? "cannot read the query" : first;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean escaped = false;
        for (char x : s.toCharArray()) {
            if (escaped) { escaped = false; continue; }
            if (x == '\\') { escaped = true; continue; }
            if (x == c) n++;
        }
        return n;
    }
}
