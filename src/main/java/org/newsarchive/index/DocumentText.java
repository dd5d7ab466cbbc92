package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One article's title and body, analysed once for the fields that read the same text: the words of its text
 * field, the word pairs made of those words, and, where the language's chain starts with the folded chain (French),
 * the folded words too. Indexing them from separate analyses cost a quarter of ingest.
 *
 * <p>The analysis runs when the document is written, on the writing thread (bulk ingest writes on several): the
 * streams here are replays that ask for it when the IndexWriter first resets one of them. Each field gets at most
 * {@link Analyzers#MAX_INDEXED_WORDS} words, as the IndexWriter's analyzers give the other fields.
 */
final class DocumentText {
    private final Analyzers analyzers;
    private final String lang;
    private final String text;
    private RecordedTokens words;
    private RecordedTokens folded;

    /** @param lang a supported language code ({@link Analyzers#supported}) */
    DocumentText(Analyzers analyzers, String lang, String text) {
        this.analyzers = analyzers;
        this.lang = lang;
        this.text = text;
    }

    /** The words of the text field, as the language's chain gives them. */
    TokenStream words() {
        return RecordedTokens.replay(() -> analysed().words);
    }

    /** The word pairs of {@link #words}, as {@link WordPairsAnalyzer} gives them. */
    TokenStream pairs() {
        return WordPairsAnalyzer.pairsOf(words());
    }

    /** True when {@link #folded} comes from the same analysis; else the folded field is analysed on its own. */
    boolean sharesFolded() {
        return analyzers.foldsFirst(lang);
    }

    /** The folded, unstemmed words, as {@link Analyzers#folded} gives them; only when {@link #sharesFolded}. */
    TokenStream folded() {
        if (!sharesFolded()) throw new IllegalStateException(lang + " analyses its folded words on their own");
        return RecordedTokens.replay(() -> analysed().folded);
    }

    private DocumentText analysed() {
        if (words != null) return this;
        words = new RecordedTokens();
        try {
            if (sharesFolded()) {
                folded = new RecordedTokens();
                analyzers.bothFrenchStages().analyse(text, Analyzers.MAX_INDEXED_WORDS, words, folded);
            } else {
                record(analyzers.forLanguage(lang), Fields.text(lang), words);
            }
        } catch (IOException e) {
            // Reading a String cannot fail.
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void record(Analyzer analyzer, String field, RecordedTokens out) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (out.size() < Analyzers.MAX_INDEXED_WORDS && ts.incrementToken()) out.add(term, offset, increment);
            ts.end();
            out.end(offset, increment);
        }
    }
}
