package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/** The text format: date header, title, paragraphs. */
class SeedFormatParserTest {

    private final SeedFormatParser parser = new SeedFormatParser();

    private Article parse(String text) {
        return parser.parse("a1", text, "in/a1.txt");
    }

    @Test
    void parse_keepsDayPrecision_whenHeaderIsUpperCaseWithColon() {
        Article a = parse("DATE: 2021-05-04\nLe titre\n\nLe corps.");
        assertEquals(PartialDate.ofDay(2021, 5, 4), a.date());
        assertEquals(PartialDate.Precision.DAY, a.date().precision());
        assertEquals("Le titre", a.title());
        assertEquals(List.of("Le corps."), a.body());
    }

    @Test
    void parse_keepsYearPrecision_whenHeaderIsIndented() {
        Article a = parse("  date 2020\n\nLe titre\n\nLe corps.");
        assertEquals(PartialDate.ofYear(2020), a.date());
        assertEquals(PartialDate.Precision.YEAR, a.date().precision());
        assertEquals("Le titre", a.title());
    }

    @Test
    void parse_keepsMonthPrecision_whenHeaderHasYearAndMonth() {
        Article a = parse("date 2022-03\nLe titre\n\nLe corps.");
        assertEquals(PartialDate.ofMonth(2022, 3), a.date());
        assertEquals("2022-03", a.date().toString());
    }

    @Test
    void parse_acceptsHeader_afterByteOrderMarkAndNbsp() {
        Article a = parse("\uFEFF\u00A0Date : 2019-11-02\nLe titre\n\nLe corps.");
        assertEquals(PartialDate.ofDay(2019, 11, 2), a.date());
        assertEquals("Le titre", a.title());
    }

    @Test
    void parse_takesFirstSentenceAsTitle_whenHeaderSharesTheTitleLine() {
        Article a = parse("date 2022-03 Bamako reçoit des radars. Le ministre était présent.\nIl a salué l'armée.\n\nSuite.");
        assertEquals("Bamako reçoit des radars.", a.title());
        assertEquals(List.of("Le ministre était présent. Il a salué l'armée.", "Suite."), a.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"M. Goïta reçoit le ministre russe à Bamako.", "Mme. Diallo et le Dr. Keïta à Mopti.",
            "Le général A. Diarra inaugure la base.", "Une stèle de 300 av. J.-C. découverte à Gao.",
            "Visite de «M. Goïta» à Moscou.", "Le président (M. Goïta) à Moscou."})
    void parse_doesNotEndTheTitleAtAnAbbreviationOrAnInitial(String title) {
        Article a = parse("date 2022-05 " + title + " Le président de la transition l'a accueilli.\n\nSuite.");
        assertEquals(title, a.title());
        assertEquals(List.of("Le président de la transition l'a accueilli.", "Suite."), a.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Les cyclistes ont franchi le col.", "Il a couru le 100 m.", "Trust me.", "Voilà l'art."})
    void parse_endsTheTitleAtAWordThatMerelyLooksLikeAnAbbreviation(String title) {
        Article a = parse("date 2022 " + title + " Le peloton est arrivé à Gap.");
        assertEquals(title, a.title());
    }

    @Test
    void parse_takesWholeRestAsTitle_whenHeaderLineHoldsNoSentenceBreak() {
        Article a = parse("date 2022 Bamako reçoit des radars russes\n\nLe corps.");
        assertEquals("Bamako reçoit des radars russes", a.title());
        assertEquals(List.of("Le corps."), a.body());
    }

    @Test
    void parse_splitsTitleOnFrenchQuestionMark_followedByCapital() {
        Article a = parse("date 2022 Qui arme le Mali ? La Russie, selon Bamako.");
        assertEquals("Qui arme le Mali ?", a.title());
        assertEquals(List.of("La Russie, selon Bamako."), a.body());
    }

    @Test
    void parse_treatsInvalidMonthAsNoHeader_andKeepsTheLineAsTitle() {
        Article a = parse("Date 2022-13\nLe titre\n\nLe corps.");
        assertNull(a.date());
        assertEquals("Date 2022-13", a.title());
        assertEquals(List.of("Le titre", "Le corps."), a.body());
    }

    @Test
    void parse_treatsDateGluedToTextAsNoHeader() {
        Article a = parse("date 2022-03-30T10:00 Le titre\n\nLe corps.");
        assertNull(a.date());
        assertEquals("date 2022-03-30T10:00 Le titre", a.title());
    }

    @Test
    void parse_findsHeaderOnlyAtTheStart() {
        Article a = parse("Le titre\n\ndate 2021-05-04\n\nLe corps.");
        assertNull(a.date());
        assertEquals(List.of("date 2021-05-04", "Le corps."), a.body());
    }

    @Test
    void parse_returnsEmptyDatedArticle_whenOnlyTheHeaderIsThere() {
        Article a = parse("date 2021-05-04\n\n  \n");
        assertEquals(PartialDate.ofDay(2021, 5, 4), a.date());
        assertTrue(a.isEmpty());
    }

    @Test
    void parse_skipsDebrisBeforeTheTitle() {
        Article a = parse("Menu\n\nRechercher\n\nLe vrai titre\n\nLe corps.");
        assertEquals("Le vrai titre", a.title());
        assertEquals(List.of("Le corps."), a.body());
    }

    @Test
    void parse_startsBodyWithTheRestOfTheTitleBlock() {
        Article a = parse("Le titre\nUn chapeau sous le titre.\n\nLe corps.");
        assertEquals("Le titre", a.title());
        assertEquals(List.of("Un chapeau sous le titre.", "Le corps."), a.body());
    }

    @Test
    void parse_treatsNbspOnlyLineAsParagraphBreak() {
        Article a = parse("Le titre\n\nUn.\n\u00A0\u00A0\nDeux.");
        assertEquals(List.of("Un.", "Deux."), a.body());
    }

    @Test
    void parse_keepsIdAndFile_andLeavesLangSourceAndUrlUnknown() {
        Article a = parse("Le titre\n\nLe corps.");
        assertEquals("a1", a.id());
        assertEquals("in/a1.txt", a.file());
        assertNull(a.lang());
        assertNull(a.source());
        assertNull(a.url());
        assertEquals(Map.of(), a.metadata());
    }
}
