package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.newsarchive.Article;
import org.newsarchive.ingest.LanguageSamples;

/**
 * One analysis feeds the text, pairs and (French) folded fields: token for token (word, offsets, position gaps, and
 * what the stream says at its end) what each field's own analyzer gives, in every language sample.
 */
class DocumentTextTest {
    private final Analyzers analyzers = new Analyzers();

    /** Every token as "term start-end +increment", then the end state. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + inc.getPositionIncrement());
            ts.end();
            out.add("end " + offset.endOffset() + " +" + inc.getPositionIncrement());
        }
        return out;
    }

    private List<String> ownAnalysis(String field, String text) throws IOException {
        return tokens(analyzers.perField().tokenStream(field, text));
    }

    @Test
    void sharedAnalysis_givesEachFieldItsOwnAnalyzersTokens_inEveryLanguage() throws IOException {
        for (String lang : LanguageSamples.LANGUAGES) {
            for (Article a : LanguageSamples.articles(lang).subList(0, 20)) {
                String text = a.title() + "\n\n" + a.bodyText();
                DocumentText shared = new DocumentText(analyzers, lang, text);
                List<String> words = ownAnalysis(Fields.text(lang), text);
                assertTrue(words.size() > 10, a.id());
                assertEquals(words, tokens(shared.words()), lang + " " + a.id());
                assertEquals(ownAnalysis(Fields.pairs(lang), text), tokens(shared.pairs()), lang + " " + a.id());
                if (shared.sharesFolded()) assertEquals(ownAnalysis(Fields.folded(lang), text), tokens(shared.folded()), a.id());
            }
        }
        assertTrue(new DocumentText(analyzers, "fr", "x").sharesFolded());
        assertFalse(new DocumentText(analyzers, "en", "x").sharesFolded());
        assertThrows(IllegalStateException.class, () -> new DocumentText(analyzers, "en", "x").folded());
    }

    @Test
    void aHugeText_isCutAtTheSameWordAsTheOtherFields() throws IOException {
        // Stop words between the words: the folded stage sees more tokens than the stemmed one.
        String text = "le mot ".repeat(Analyzers.MAX_INDEXED_WORDS + 10);
        DocumentText shared = new DocumentText(analyzers, "fr", text);
        List<String> words = tokens(shared.words());
        assertEquals(Analyzers.MAX_INDEXED_WORDS + 1, words.size(), "the words, then the end");
        List<String> folded = tokens(shared.folded());
        assertEquals(Analyzers.MAX_INDEXED_WORDS + 1, folded.size());
        List<String> own = ownAnalysis(Fields.folded("fr"), text);
        assertEquals(own.subList(0, own.size() - 1), folded.subList(0, folded.size() - 1), "the same first words");
    }

    @Test
    void eachStream_replaysFromTheStart_whenReadAgain() throws IOException {
        DocumentText shared = new DocumentText(analyzers, "fr", "L’armée malienne et ses hélicoptères.");
        TokenStream words = shared.words();
        List<String> first = tokens(words);
        assertEquals(List.of("arme 2-7 +1", "malien 8-16 +1", "helicopter 24-36 +3", "end 37 +0"), first, "the word after l’, stop words as gaps");
        assertEquals(first, tokens(words));
    }
}
