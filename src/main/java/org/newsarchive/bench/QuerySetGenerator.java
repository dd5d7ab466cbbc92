package org.newsarchive.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/**
 * Derives the fixed query set from the corpus itself, by document frequency, so that every engine is asked the
 * same questions and each question has answers. Deterministic: the same articles give the same queries (sorted
 * candidate lists and a seeded {@link Random}, whose sequence Java specifies).
 */
public final class QuerySetGenerator {
    private static final long SEED = 20261123L;
    private static final int MIN_WORD = 4;
    /** Words in at most this many articles are "rare" (and in at least 2, so they find something twice over). */
    private static final int RARE_MAX_DF = 20;
    private static final int COMMON_POOL = 200;

    private final CharArraySet stopWords = org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet();

    /** Words of a text as the generator sees them: lower-case runs of letters. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** Accents and ligatures removed: what a user types without a French keyboard. */
    static String stripAccents(String word) {
        String s = word.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private boolean useful(String w) {
        return w.length() >= MIN_WORD && !stopWords.contains(w) && !stopWords.contains(stripAccents(w));
    }

    /** {@code perType} queries of each {@link QueryType} (fewer when the corpus is too small to supply them). */
    public List<BenchQuery> generate(List<Article> articles, int perType) {
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles to derive queries from");
        List<List<String>> docWords = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Article a : articles) {
            List<String> w = words(a.title() + "\n" + a.bodyText());
            docWords.add(w);
            for (String term : new LinkedHashSet<>(w)) if (useful(term)) df.merge(term, 1, Integer::sum);
        }
        int n = articles.size();
        // Most frequent first, ties by word: a stable order to pick from.
        List<String> byDf = new ArrayList<>(df.keySet());
        byDf.sort(Comparator.comparing((String t) -> -df.get(t)).thenComparing(Comparator.naturalOrder()));
        List<String> common = byDf.subList(0, Math.min(COMMON_POOL, byDf.size()));
        int midLow = Math.max(3, n / 1000);
        int midHigh = Math.max(midLow + 1, n / 20);
        Predicate<String> mid = t -> df.get(t) >= midLow && df.get(t) <= midHigh;
        List<String> midWords = byDf.stream().filter(mid).sorted().toList();
        List<String> rare = byDf.stream().filter(t -> df.get(t) >= 2 && df.get(t) <= RARE_MAX_DF).sorted().toList();

        Random random = new Random(SEED);
        List<BenchQuery> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : pick(rare, perType, random)) add(out, seen, QueryType.RARE_TERM, w, w, BenchQuery.PgMode.WEBSEARCH);
        for (String w : pick(common, perType, random)) add(out, seen, QueryType.COMMON_TERM, w, w, BenchQuery.PgMode.WEBSEARCH);
        addWordsOfOneArticle(out, seen, QueryType.AND_2, 2, docWords, mid, perType, random);
        addWordsOfOneArticle(out, seen, QueryType.AND_3, 3, docWords, mid, perType, random);
        for (int i = 0; i < perType * 4 && count(out, QueryType.OR_2) < perType && midWords.size() >= 2; i++) {
            String a = midWords.get(random.nextInt(midWords.size()));
            String b = midWords.get(random.nextInt(midWords.size()));
            if (!a.equals(b)) add(out, seen, QueryType.OR_2, a + " OR " + b, a + " or " + b, BenchQuery.PgMode.WEBSEARCH);
        }
        addPhrases(out, seen, docWords, df, midLow, perType, random);
        List<String> longMid = midWords.stream().filter(w -> w.length() >= 7).toList();
        for (String w : pick(longMid, perType, random)) {
            String prefix = w.substring(0, 5);
            add(out, seen, QueryType.PREFIX, prefix + "*", prefix, BenchQuery.PgMode.PREFIX);
        }
        List<String> fuzzable = midWords.stream().filter(w -> w.length() >= 6 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')).toList();
        for (String w : pick(fuzzable, perType, random)) {
            add(out, seen, QueryType.FUZZY, typo(w) + "~1", null, BenchQuery.PgMode.NONE);
        }
        addDateSorted(out, seen, articles, common, perType, random);
        List<String> accented = byDf.stream().filter(t -> df.get(t) >= midLow && !stripAccents(t).equals(t)).sorted().toList();
        for (String w : pick(accented, perType, random)) {
            String plain = stripAccents(w);
            add(out, seen, QueryType.ACCENT_FREE, plain, plain, BenchQuery.PgMode.WEBSEARCH);
        }
        // Drawn last, so the other types keep the queries of the sets generated before this one existed.
        for (int i = 0; i < perType * 4 && count(out, QueryType.OR_3) < perType && midWords.size() >= 3; i++) {
            List<String> words = List.of(midWords.get(random.nextInt(midWords.size())), midWords.get(random.nextInt(midWords.size())),
                    midWords.get(random.nextInt(midWords.size())));
            if (Set.copyOf(words).size() < 3) continue;
            add(out, seen, QueryType.OR_3, String.join(" OR ", words), String.join(" or ", words), BenchQuery.PgMode.WEBSEARCH);
        }
        return out;
    }

    /** One letter in the middle replaced by the next letter of the alphabet: one edit away. */
    static String typo(String word) {
        int i = word.length() / 2;
        char c = word.charAt(i);
        char replaced = c == 'z' ? 'a' : (char) (c + 1);
        return word.substring(0, i) + replaced + word.substring(i + 1);
    }

    private void addWordsOfOneArticle(List<BenchQuery> out, Set<String> seen, QueryType type, int k,
                                      List<List<String>> docWords, Predicate<String> mid, int perType, Random random) {
        // Words taken from one article, so the AND query has at least that article to find.
        for (int attempt = 0; attempt < perType * 20 && count(out, type) < perType; attempt++) {
            List<String> words = docWords.get(random.nextInt(docWords.size()));
            List<String> candidates = new ArrayList<>(new java.util.TreeSet<>(words.stream().filter(this::useful).filter(mid).toList()));
            if (candidates.size() < k) continue;
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < k) {
                String w = candidates.get(random.nextInt(candidates.size()));
                if (!chosen.contains(w)) chosen.add(w);
            }
            String q = String.join(" ", chosen);
            add(out, seen, type, q, q, BenchQuery.PgMode.WEBSEARCH);
        }
    }

    private void addPhrases(List<BenchQuery> out, Set<String> seen, List<List<String>> docWords, Map<String, Integer> df,
                            int minDf, int perType, Random random) {
        // Two adjacent words of one article, both frequent enough that the phrase has company to beat.
        for (int attempt = 0; attempt < perType * 20 && count(out, QueryType.PHRASE) < perType; attempt++) {
            List<String> words = docWords.get(random.nextInt(docWords.size()));
            if (words.size() < 2) continue;
            int start = random.nextInt(words.size() - 1);
            for (int i = start; i < words.size() - 1; i++) {
                String a = words.get(i), b = words.get(i + 1);
                if (useful(a) && useful(b) && !a.equals(b) && df.get(a) >= minDf && df.get(b) >= minDf) {
                    String q = "\"" + a + " " + b + "\"";
                    add(out, seen, QueryType.PHRASE, q, q, BenchQuery.PgMode.WEBSEARCH);
                    break;
                }
            }
        }
    }

    private void addDateSorted(List<BenchQuery> out, Set<String> seen, List<Article> articles, List<String> common,
                               int perType, Random random) {
        // Years that hold at least 5% of the articles: a filter that keeps real work to do.
        TreeMap<Integer, Integer> years = new TreeMap<>();
        for (Article a : articles) if (a.date() != null) years.merge(a.date().year(), 1, Integer::sum);
        List<Integer> busy = years.entrySet().stream().filter(e -> e.getValue() * 20 >= articles.size()).map(Map.Entry::getKey).toList();
        if (busy.isEmpty() || common.isEmpty()) return;
        for (int i = 0; i < perType * 4 && count(out, QueryType.DATE_SORTED) < perType; i++) {
            String w = common.get(random.nextInt(common.size()));
            int year = busy.get(random.nextInt(busy.size()));
            int month = 1 + random.nextInt(12);
            PartialDate from = PartialDate.ofMonth(year, month);
            PartialDate to = month <= 9 ? PartialDate.ofMonth(year, month + 3) : PartialDate.ofMonth(year, 12);
            String id = QueryType.DATE_SORTED.label() + "-" + (count(out, QueryType.DATE_SORTED) + 1);
            if (seen.add(QueryType.DATE_SORTED + w + from + to)) {
                out.add(new BenchQuery(id, QueryType.DATE_SORTED, w, w, BenchQuery.PgMode.WEBSEARCH, from, to, true));
            }
        }
    }

    private static List<String> pick(List<String> pool, int k, Random random) {
        List<String> copy = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        while (out.size() < k && !copy.isEmpty()) out.add(copy.remove(random.nextInt(copy.size())));
        return out;
    }

    private static void add(List<BenchQuery> out, Set<String> seen, QueryType type, String text, String pg, BenchQuery.PgMode mode) {
        if (!seen.add(type + "\u0000" + text)) return;
        String id = type.label() + "-" + (count(out, type) + 1);
        out.add(new BenchQuery(id, type, text, pg, mode, null, null, false));
    }

    private static long count(List<BenchQuery> out, QueryType type) {
        return out.stream().filter(q -> q.type() == type).count();
    }
}
