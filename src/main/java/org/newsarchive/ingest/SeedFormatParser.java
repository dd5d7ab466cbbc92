package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/**
 * Reads a plain-text article: an optional {@code date YYYY[-MM[-DD]]} header, a title line, then blank-line
 * separated paragraphs with web debris removed.
 */
public final class SeedFormatParser {

    /**
     * "date", a colon or a space, then the date as a whole word. Anchored and without nested repetition,
     * so it stays linear even on a multi-megabyte first line.
     */
    private static final Pattern HEADER = Pattern.compile(
            "^date(?: ?: ?| )(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)(?= |$)", Pattern.CASE_INSENSITIVE);

    private final DebrisCleaner cleaner;

    public SeedFormatParser() {
        this(new DebrisCleaner());
    }

    public SeedFormatParser(DebrisCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * Parses one article. The result may be empty (see {@link Article#isEmpty()}), e.g. for a file holding
     * only a date header; callers decide what that means.
     *
     * @param id   the article id, usually the file name without its extension
     * @param text decoded text with {@code \n} line ends
     * @param file where the text came from, kept on the article
     */
    public Article parse(String id, String text, String file) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int first = firstNonBlank(lines);
        PartialDate date = null;
        String title = null;
        if (first >= 0) {
            String headerLine = DebrisCleaner.normalizeSpace(lines.get(first));
            Matcher m = HEADER.matcher(headerLine);
            date = m.find() ? parseDate(m.group(1)) : null;
            if (date != null) {
                String rest = headerLine.substring(m.end()).strip();
                if (!rest.isEmpty()) {
                    // The header shares its line with the headline: the first sentence is the title,
                    // whatever follows on that line opens the body.
                    title = firstSentence(rest);
                    lines.set(first, rest.substring(title.length()).strip());
                } else {
                    lines.set(first, "");
                }
            }
        }
        List<String> leading = new ArrayList<>();
        if (title == null) {
            // The title is the first line that is neither debris nor a credit; those before it are cleaned too.
            for (int i = 0; i < lines.size() && title == null; i++) {
                String line = DebrisCleaner.normalizeSpace(lines.get(i));
                if (line.isEmpty()) continue;
                if (cleaner.kind(line) == DebrisCleaner.Kind.TEXT) title = line;
                else leading.add(line);
                lines.set(i, "");
            }
        }
        List<String> blocks = new ArrayList<>();
        if (!leading.isEmpty()) blocks.add(String.join("\n", leading));
        blocks.addAll(blocks(lines));
        DebrisCleaner.Cleaned cleaned = cleaner.clean(title == null ? "" : title, blocks);
        return new Article(id, title, cleaned.body(), date, null, null, null, file, cleaned.credits(), Map.of());
    }

    /** The date of a header, or null when it is no real date ("2022-13"), so the line stays text. */
    private static PartialDate parseDate(String text) {
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Up to and including the first . ! or ? followed by a space and a capital, or the whole text. */
    static String firstSentence(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !(c == '.' && endsWithAbbreviation(text, i))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /**
     * Titles and honorifics written with a period, which a name follows ("M. Goïta", "Dr. Watson"), as written:
     * capitalised, so that "100 m." or "Trust me." still end a sentence; none of them is a word that could end one.
     */
    private static final Set<String> TITLES = Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr",
            "Prof", "St", "Ste", "Gén", "Gal", "Cdt", "Lt", "Sgt", "Mr", "Mrs", "Ms", "Jr", "Sr", "Gen", "Gov", "Sen",
            "Rep", "Rev", "Hon");
    /** Abbreviations written in lower case that a number or a name follows ("n° 12", "av. J.-C.", "cf. Dupont"). */
    private static final Set<String> LOWER_CASE = Set.of("av", "bd", "n°", "cf", "éd");
    /** What may open a word before its letters: "(M. Goïta)", "«M. Goïta»". */
    private static final String OPENING = "(«\"'[“‘";

    /** True when the period at {@code dot} ends an abbreviation or an initial ("M.", "J.-C.", "A. Dupont"), not a sentence. */
    private static boolean endsWithAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        while (start < dot && OPENING.indexOf(text.charAt(start)) >= 0) start++;
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial
        int hyphen = word.lastIndexOf('-');
        if (hyphen >= 0 && word.length() - hyphen == 2 && Character.isUpperCase(word.charAt(hyphen + 1))) return true; // J.-C.
        return TITLES.contains(word) || LOWER_CASE.contains(word);
    }

    /** Groups lines into blank-line separated blocks, keeping the line breaks inside a block. */
    private static List<String> blocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            if (isBlank(line)) {
                if (!block.isEmpty()) blocks.add(block.toString());
                block.setLength(0);
            } else {
                block.append(block.isEmpty() ? "" : "\n").append(line);
            }
        }
        if (!block.isEmpty()) blocks.add(block.toString());
        return blocks;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isBlank(lines.get(i))) return i;
        }
        return -1;
    }

    /** Blank includes NBSP-only lines, which {@link String#isBlank()} would count as text. */
    private static boolean isBlank(String line) {
        return DebrisCleaner.normalizeSpace(line).isEmpty();
    }
}
