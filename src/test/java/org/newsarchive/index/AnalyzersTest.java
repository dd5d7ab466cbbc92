package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each language's chain: its own stemmer and stop words, folding where the language wants it. */
class AnalyzersTest {
    private final Analyzers analyzers = new Analyzers();

    private List<String> tokens(String lang, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzers.forLanguage(lang).tokenStream(Fields.text(lang), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    private void assertTokens(String lang, String text, String... expected) throws IOException {
        assertEquals(List.of(expected), tokens(lang, text), lang + " tokens of '" + text + "'");
    }

    @Test
    void english_dropsStopWordsAndPossessives_stemsWithPorter_andFoldsAccents() throws IOException {
        assertTokens("en", "The government's policies", "govern", "polici");
        assertTokens("en", "police policing", "polic", "polic");
        assertTokens("en", "Café in São Paulo", "cafe", "sao", "paulo");
    }

    @Test
    void german_normalisesUmlautsAndSharpS_andStemsLightly() throws IOException {
        assertTokens("de", "Die Regierungen der Bundesländer", "regierung", "bundesland");
        assertEquals(tokens("de", "Straße"), tokens("de", "Strasse"));
        assertEquals(tokens("de", "Häuser"), tokens("de", "Haus"));
    }

    @Test
    void spanish_stemsLightly_andFoldsAccentsButKeepsEnye() throws IOException {
        assertTokens("es", "El gobierno y los gobiernos", "gobiern", "gobiern");
        assertEquals(tokens("es", "información"), tokens("es", "informacion"));
        assertNotEquals(tokens("es", "año"), tokens("es", "ano"));
    }

    @Test
    void italian_removesElision_andFoldsTheFinalAccent() throws IOException {
        assertTokens("it", "dell'anno", "anno");
        assertEquals(tokens("it", "città"), tokens("it", "citta"));
        assertEquals(tokens("it", "governo"), tokens("it", "governi"));
    }

    @Test
    void portugueseAndDutch_stemSingularAndPluralAlike() throws IOException {
        assertEquals(tokens("pt", "governo"), tokens("pt", "governos"));
        assertEquals(tokens("pt", "informação"), tokens("pt", "informacao"));
        assertEquals(tokens("nl", "regering"), tokens("nl", "regeringen"));
        assertTokens("nl", "de regering", "reger");
    }

    @Test
    void arabic_normalisesLettersAndStripsTheArticle() throws IOException {
        // "the government" / "government" / with final heh for teh marbuta / "and the governments"
        assertTokens("ar", "الحكومة حكومة الحكومه", "حكوم", "حكوم", "حكوم");
        // hamza-carrying alef is normalised to bare alef
        assertEquals(tokens("ar", "أحمد"), tokens("ar", "احمد"));
        // "to" (both spellings) is a stop word
        assertTokens("ar", "إلى الى");
    }

    @Test
    void undetermined_isStandardLowercaseAndFolded_withoutStemmingOrStopWords() throws IOException {
        assertTokens("und", "Les Présidents São", "les", "presidents", "sao");
    }

    @Test
    void unknownLanguage_getsTheUndeterminedChain() {
        assertSame(analyzers.forLanguage("und"), analyzers.forLanguage("ru"));
        assertSame(analyzers.forLanguage("und"), analyzers.forLanguage(null));
    }
}
