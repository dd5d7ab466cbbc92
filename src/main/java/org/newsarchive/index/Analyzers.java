package org.newsarchive.index;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountAnalyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/** The one place that chooses an analyzer for a language, used at index and at query time alike. */
public final class Analyzers {

    /** The language of text too short or too unsure to detect: analysed neutrally. */
    public static final String UNDETERMINED = "und";

    /** Languages with their own analysis; any other code is indexed as {@link #UNDETERMINED}. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it", "pt", "nl", "ar", UNDETERMINED);

    // Built on first use: a search of a French archive never pays for the German or Arabic chains (their stop sets
    // and stemmer tables are read when the analyzer is made), which keeps a one-shot CLI command short.
    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, Analyzer> pairsByLanguage = new ConcurrentHashMap<>();
    private final Analyzer folded = new FrenchAnalyzer(false);
    private final Analyzer perField = new LimitTokenCountAnalyzer(new FieldAnalyzers(), MAX_INDEXED_WORDS, false);

    /** Words of one field that are indexed (a long book; news articles have a few hundred to a few thousand). */
    public static final int MAX_INDEXED_WORDS = 100_000;

    private static Analyzer create(String lang) {
        return switch (lang) {
            case "fr" -> new FrenchAnalyzer(true);
            case "en" -> new FoldedEnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "it" -> new FoldedItalianAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            default -> new NeutralAnalyzer();
        };
    }

    /**
     * The analyzer of each field for the IndexWriter: words and title of a language through its chain, its word
     * pairs through {@link WordPairsAnalyzer}, folded words and anything else folded. Only the first MAX_INDEXED_WORDS words of a
     * field are indexed (see {@link #perField}).
     */
    private final class FieldAnalyzers extends DelegatingAnalyzerWrapper {
        FieldAnalyzers() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            if (Fields.isFolded(field) || field.equals(Fields.SUGGEST_TITLE)) return folded;
            String pairsLang = Fields.pairsLanguageOf(field);
            if (pairsLang != null) return LANGUAGES.contains(pairsLang) ? pairsForLanguage(pairsLang) : folded;
            String lang = Fields.languageOf(field);
            return lang != null && LANGUAGES.contains(lang) ? forLanguage(lang) : folded;
        }
    }

    /** A supported language code for {@code lang}, {@link #UNDETERMINED} when it has no analysis of its own. */
    public static String supported(String lang) {
        return lang != null && LANGUAGES.contains(lang) ? lang : UNDETERMINED;
    }

    /** The analysis chain of a language. */
    public Analyzer forLanguage(String lang) {
        return byLanguage.computeIfAbsent(supported(lang), Analyzers::create);
    }

    /** Neighbouring word pairs of a language's chain, for the {@link Fields#pairs} field. */
    public Analyzer pairsForLanguage(String lang) {
        return pairsByLanguage.computeIfAbsent(supported(lang), l -> new WordPairsAnalyzer(forLanguage(l)));
    }

    /** Folded, unstemmed analysis of the {@link Fields#folded} fields, the same for every language. */
    public Analyzer folded() {
        return folded;
    }

    /** True when a language's chain begins with the whole {@link #folded} chain, so one pass gives both (French). */
    boolean foldsFirst(String lang) {
        return "fr".equals(lang);
    }

    private final ThreadLocal<FrenchAnalyzer.BothStages> bothFrenchStages = ThreadLocal.withInitial(FrenchAnalyzer.BothStages::new);

    /** This thread's French chain that records its folded stage (see {@link DocumentText}). */
    FrenchAnalyzer.BothStages bothFrenchStages() {
        return bothFrenchStages.get();
    }

    /**
     * Field name to analyzer, for the IndexWriter. Only the first MAX_INDEXED_WORDS words of a field are indexed:
     * one document's postings are held in memory until it is written, and a pathological file (a million distinct
     * tokens) would otherwise exhaust the heap.
     */
    public Analyzer perField() {
        return perField;
    }

    /**
     * Lucene's English chain (possessive, lower case, stop words, Porter) with accents folded before stemming:
     * English news spells foreign names and loans with accents ("São Paulo", "café") and readers type them without.
     */
    static final class FoldedEnglishAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new ASCIIFoldingFilter(result);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /**
     * Lucene's Italian chain (elision, lower case, stop words, light stemming) with accents folded before
     * stemming: the light stemmer keeps a final accent, so "città" and the often typed "citta" would differ.
     */
    static final class FoldedItalianAnalyzer extends Analyzer {
        private static final CharArraySet ELIDED = new CharArraySet(java.util.Arrays.asList(
                "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
                "sugl", "un", "m", "t", "s", "v", "d"), true);

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, ELIDED);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, ItalianAnalyzer.getDefaultStopSet());
            result = new ASCIIFoldingFilter(result);
            result = new ItalianLightStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** Standard tokens, lower case, accents folded: for text whose language is unknown. */
    static final class NeutralAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
