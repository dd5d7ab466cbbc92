package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/** Golden parses of the five reference articles in {@code seeds/}. */
class SeedGoldenTest {

    private static final Path SEEDS = Path.of("seeds");

    private static Article seed(String name) throws IOException {
        Path file = SEEDS.resolve(name + ".txt");
        return new SeedFormatParser().parse(name, TextDecoder.decode(Files.readAllBytes(file)), file.toString());
    }

    /** No paragraph (nor the title) holds the debris line as a stand-alone piece of text. */
    private static void assertGone(Article article, List<String> debris) {
        for (String line : debris) {
            Pattern alone = Pattern.compile("(^|\\s)" + Pattern.quote(line) + "($|\\s)");
            for (String paragraph : article.body()) {
                assertFalse(alone.matcher(paragraph).find(), () -> "debris '" + line + "' left in: " + paragraph);
            }
            assertFalse(alone.matcher(article.title()).find(), () -> "debris '" + line + "' in title");
        }
    }

    private static String first(Article a) {
        return a.body().get(0);
    }

    private static String last(Article a) {
        return a.body().get(a.body().size() - 1);
    }

    @Test
    void seed000_takesTitleFromHeaderLine_andKeepsMonthPrecision() throws IOException {
        Article a = seed("000_21e3eea4dcfbddef");
        assertEquals("000_21e3eea4dcfbddef", a.id());
        assertEquals(PartialDate.ofMonth(2022, 3), a.date());
        assertEquals(PartialDate.Precision.MONTH, a.date().precision());
        assertEquals("La coopération militaire se renforce entre Bamako et Moscou.", a.title());
        assertTrue(first(a).startsWith("Dans le cadre du renforcement de sa capacité militaire"), first(a));
        assertTrue(first(a).endsWith("pour le renseignements militaire."), first(a));
        assertTrue(last(a).endsWith("dans la capitale russe restent inconnus."), last(a));
        assertEquals(7, a.body().size());
        // A sub-heading inside the article is body text, not debris.
        assertTrue(a.body().contains("Fruit d’un partenariat sincère et très ancien (Russie-Mali)"));
        assertEquals(List.of(), a.credits());
        assertEquals("seeds/000_21e3eea4dcfbddef.txt", a.file());
        assertNull(a.lang());
        assertNull(a.source());
    }

    @Test
    void seed001_dropsRelatedArticlesAndCommentForm() throws IOException {
        Article a = seed("001_b221eb90067474de");
        assertNull(a.date());
        assertEquals("La Russie apporte un soutien militaire au Mali pour combattre les djihadistes", a.title());
        assertTrue(first(a).startsWith("Le gouvernement malien, contrôlé par l’armée"), first(a));
        assertTrue(last(a).startsWith("Le Mali a fait partie des 35 pays"), last(a));
        assertTrue(last(a).endsWith("l’invasion russe de l’Ukraine."), last(a));
        assertEquals(15, a.body().size());
        assertGone(a, List.of("Related articles", "LEAVE A REPLY", "Please enter your comment!",
                "Please enter your name here"));
        assertEquals(List.of(), a.credits());
    }

    @Test
    void seed002_dropsTruncatedTeaserAndWhatsappCall() throws IOException {
        Article a = seed("002_de41e6a099c3eab1");
        assertNull(a.date());
        assertEquals("Le Mali renforce son potentiel Militaire avec l’aide de la Russie", a.title());
        // The teaser used an ASCII apostrophe; the full paragraph that survives uses the typographic one.
        assertTrue(first(a).startsWith("Le Mali s’apprête à accroître rapidement"), first(a));
        assertTrue(first(a).endsWith("dans le cadre d’une tournée régionale."), first(a));
        assertTrue(last(a).endsWith("face aux menaces terroristes persistantes."), last(a));
        assertEquals(5, a.body().size());
        assertTrue(a.body().stream().noneMatch(p -> p.endsWith("…")), "teaser left in body");
        assertGone(a, List.of("Suivez l'information en direct sur notre chaîne WHATSAPP"));
        assertEquals(List.of(), a.credits());
    }

    @Test
    void seed003_movesPhotoCreditAside_andDropsSectionLabel() throws IOException {
        Article a = seed("003_c0426905f188866c");
        assertNull(a.date());
        assertEquals("Mali : après avoir coupé les ponts avec la France, Bamako fait une grande révélation sur sa "
                + "coopération militaire avec la Russie", a.title());
        assertEquals(List.of("Crédit Photo : Sputnik Afrique"), a.credits());
        assertEquals("Depuis l’arrivée de la junte militaire dirigée par le colonel Assimi Goïta au pouvoir au Mali, "
                + "les relations entre la Russie et Bamako se sont intensifiées.", first(a));
        assertTrue(last(a).endsWith("quelle demande qui vient du gouvernement malien »."), last(a));
        assertEquals(14, a.body().size());
        assertFalse(a.body().contains("Mali"), "section label left in body");
        assertGone(a, List.of("Crédit Photo : Sputnik Afrique"));
    }

    @Test
    void seed004_dropsWidgetsCountersAndFooter_andKeepsByline() throws IOException {
        Article a = seed("004_610d38d5919d78e8");
        assertNull(a.date());
        assertEquals("Mali : Assimi Goïta muscle sa défense, une coopération militaire renforcée avec la Russie",
                a.title());
        assertEquals(List.of("De l'armement militaire (image ICI1FO)"), a.credits());
        assertTrue(first(a).startsWith("Le Mali vient de franchir une nouvelle étape"), first(a));
        // Decision: the byline is the author's signature and stays the last paragraph of the body.
        assertEquals("Diakité Mala à Bamako pour ICI1FO", last(a));
        assertTrue(a.body().get(a.body().size() - 2).endsWith("la région semble prête à tracer une nouvelle voie."));
        assertEquals(7, a.body().size());
        assertGone(a, List.of("Infos à la une", "Dernières Infos", "Commentaire", "46 − = 37", "Visiteur: 45462",
                "Quelle est votre réaction?", "Love", "Haha", "Sad", "Cry", "triste", "0", "Partagez sur",
                "Articles similaires", "Nos vidéos", "Search", "Catégories", "© ici1fo – crée par kabefo",
                "ICI1FO.COM c’est plus de 2 Millions visites !", "De l'armement militaire (image ICI1FO)"));
    }

    @Test
    void seed004_reportsEveryDebrisLineItRemoved() throws IOException {
        // The same text through the cleaner alone, to pin what was removed and not only what is left.
        String text = TextDecoder.decode(Files.readAllBytes(SEEDS.resolve("004_610d38d5919d78e8.txt")));
        List<String> blocks = List.of(text.split("\n\n"));
        DebrisCleaner.Cleaned cleaned = new DebrisCleaner().clean(blocks.get(0), blocks.subList(1, blocks.size()));
        assertEquals(List.of("Infos à la une", "Dernières Infos", "Commentaire", "46 − = 37", "Visiteur: 45462",
                "Quelle est votre réaction?", "Love", "0", "Haha", "0", "Sad", "0", "Cry", "0", "triste", "0",
                "ICI1FO.COM c’est plus de 2 Millions visites !", "Partagez sur", "Articles similaires", "Nos vidéos",
                "Search", "Catégories", "© ici1fo – crée par kabefo"), cleaned.removed());
    }
}
