package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where snippets may start and end: sentence ends and line breaks, with the moves a highlighter makes. */
class SentenceBreaksTest {
    private static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) out.add(text.substring(start, end));
        return out;
    }

    @Test
    void cutsAfterFinalPunctuationBeforeAnUpperCaseOrDigit_andAtLineBreaks() {
        assertEquals(List.of("Le port rouvre. ", "Les quais sont prêts ! ", "« Enfin », dit-il ? ", "2025 commence.\n", "Crédit photo"),
                sentences("Le port rouvre. Les quais sont prêts ! « Enfin », dit-il ? 2025 commence.\nCrédit photo"));
        assertEquals(List.of("Il a dit « c’est fini. » ", "Puis il est parti… ", "Loin."),
                sentences("Il a dit « c’est fini. » Puis il est parti… Loin."));
        assertEquals(List.of("Il a demandé \"pourquoi ?\" ", "\"En plus, rien.\""),
                sentences("Il a demandé \"pourquoi ?\" \"En plus, rien.\""), "a straight quote after a space opens a sentence");
    }

    @Test
    void endsOfEveryKind_mixedInOneText_areEachFoundOnce_inOrder() {
        // Each kind of end is looked for on its own (String.indexOf per character); a "?!" pair, a "…" after a "!",
        // a line break inside closers and a full stop after an Arabic question mark must still come out in text order.
        assertEquals(List.of("Quoi ?! ", "Non… ", "Si ! ", "« Vrai. »\n", "هل جاء؟ ", "Oui. ", "好。", "Fin"),
                sentences("Quoi ?! Non… Si ! « Vrai. »\nهل جاء؟ Oui. 好。Fin"));
        assertEquals(List.of("a.b.c. ", "D."), sentences("a.b.c. D."), "a period inside a word ends nothing");
    }

    @Test
    void cutsAfterChineseAndArabicSentenceEnds() {
        assertEquals(List.of("今天下雨。", "「明天呢？」", "不知道。"), sentences("今天下雨。「明天呢？」不知道。"));
        assertEquals(List.of("هل جاء؟ ", "نعم."), sentences("هل جاء؟ نعم."));
    }

    @Test
    void keepsTogetherWhatIsNotASentenceEnd() {
        assertEquals(List.of("Voir p. ex. la page 3.14 du rapport."), sentences("Voir p. ex. la page 3.14 du rapport."));
        assertEquals(List.of("Quoi ?!, demanda-t-il."), sentences("Quoi ?!, demanda-t-il."));
        assertEquals(List.of(), sentences(""));
    }

    @Test
    void followingAndPreceding_findTheBoundariesAroundAnOffset() {
        BreakIterator it = new SentenceBreaks();
        String text = "Un. Deux. Trois.";
        it.setText(text);
        assertEquals(4, it.following(0));
        assertEquals(4, it.current());
        assertEquals(10, it.following(4), "strictly after the offset");
        assertEquals(BreakIterator.DONE, it.following(text.length()));
        assertEquals(4, it.preceding(10), "strictly before the offset");
        assertEquals(0, it.preceding(3));
        assertEquals(BreakIterator.DONE, it.preceding(0));
        assertEquals(text.length(), it.last());
        assertEquals(10, it.previous());
        assertTrue(it.isBoundary(4));
        assertFalse(it.isBoundary(5));
        assertThrows(IllegalArgumentException.class, () -> it.following(text.length() + 1));
    }
}
