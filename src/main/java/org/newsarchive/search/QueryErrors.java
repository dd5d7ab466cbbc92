package org.newsarchive.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;

/** Turns a query parser failure into one sentence a user can act on, without the parser's internals. */
final class QueryErrors {
    /** The token the parser stumbled on, and where: {@code Encountered " <AND> "AND "" at line 1, column 0.} */
    private static final Pattern ENCOUNTERED = Pattern.compile(
            "Encountered \"\\s*(?:<\\w+>|\"[^\"]*\")\\s*\"(.*?) \"\" at line \\d+, column (\\d+)");
    /** Longest piece of the user's query repeated in a message. */
    private static final int MAX_ECHO_CHARS = 40;

    private QueryErrors() {}

    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line \\d+, column (\\d+)");

    static String explain(String query, ParseException e) {
        if (count(query, '"') % 2 != 0) return "unbalanced quotes: a phrase opened with \" is never closed";
        if (count(query, '(') != count(query, ')')) return "unbalanced parentheses: ( and ) do not pair up";
        if (count(query, '/') % 2 != 0) {
            return "a lone / starts a regular expression: put a word with a slash in quotes (\"24/7\") or write \\/";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String prefix = "Cannot parse '" + query + "': ";
        if (message.startsWith(prefix)) message = message.substring(prefix.length());
        if (message.contains("Encountered: <EOF>") || message.contains("Encountered \"<EOF>\"")) return endedEarly(query);
        Matcher m = ENCOUNTERED.matcher(message);
        if (m.find()) {
            String token = m.group(1).strip();
            String where = " at position " + (Integer.parseInt(m.group(2)) + 1);
            return switch (token) {
                case "AND", "OR", "NOT", "&&", "||" -> "lone operator " + token + where + ": it needs a word on each side";
                case "~", "^" -> token + where + " must follow a word (mali~1, mali^2)";
                case ")" -> "empty parentheses" + where;
                case ":" -> "a field name is missing before ':'" + where;
                default -> "cannot read the query: unexpected '" + abbreviate(token) + "'" + where;
            };
        }
        Matcher lexical = LEXICAL.matcher(message);
        if (lexical.find()) {
            // The tokenizer's own words ("Encountered: '45' (45)") name a character code, not what the user did.
            int column = Integer.parseInt(lexical.group(1));
            String before = query.substring(0, Math.min(query.length(), Math.max(0, column - 1))).stripTrailing();
            if (before.endsWith("^")) return "^ needs a positive number after it (mali^2), at position " + column;
            return "cannot read the query at position " + column;
        }
        String first = message.lines().findFirst().orElse("").strip();
        return first.isEmpty() ? "cannot read the query" : first;
    }

    /** What is missing at the end of a query the parser found cut short, judged from how it ends. */
    private static String endedEarly(String query) {
        String q = query.strip();
        if (q.indexOf('[') >= 0 || q.indexOf('{') >= 0) {
            return "ranges like [a TO z] are not supported (to filter by date, use from and to)";
        }
        if (q.endsWith(":")) return "a field name needs a word after ':' (title:Bamako)";
        if (q.endsWith("^")) return "^ needs a number after it (mali^2)";
        if (q.endsWith("\\")) return "a \\ at the end escapes nothing (write \\\\ for a backslash)";
        return "the query ends too early (a lone operator like AND, OR, NOT, + or - needs a word after it)";
    }

    /** The user's text shortened for a message, with control characters shown as '?'. */
    static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= MAX_ECHO_CHARS ? clean : clean.substring(0, MAX_ECHO_CHARS - 1) + "…";
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
