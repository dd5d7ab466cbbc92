package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Debris and credit rules on lines that are not in the seeds, and real sentences that must survive them. */
class DebrisCleanerTest {

    private static final String PARAGRAPH = "Le ministre a reçu la délégation à Bamako.";
    private final DebrisCleaner cleaner = new DebrisCleaner();

    @ParameterizedTest
    @ValueSource(strings = {
            "7 + = 12", "3 + = 10", "+ 4 = 9", "Visiteurs : 1 203", "Visitors 1234", "1 234 vues",
            "Partager sur Twitter", "Share on Facebook", "Partagez sur Facebook WhatsApp",
            "Laisser un commentaire", "Commentaires (3)", "12 commentaires", "Leave a comment",
            "Abonnez-vous à notre chaîne Telegram", "Abonnez-vous à notre newsletter", "Follow us on Twitter",
            "Rejoignez-nous sur Telegram", "© 2023 Le Journal – Tous droits réservés", "© 2024 Tous droits réservés",
            "Tous droits réservés", "Site créé par Kabefo", "Powered by WordPress", "Articles liés", "À lire aussi",
            "Related articles", "Rechercher", "Menu", "Categories", "Dernières Infos :", "» Lire aussi",
            "Votre adresse e-mail ne sera pas publiée.", "Le site compte plus de 500 000 visiteurs !", "42"})
    void clean_removesDebrisLine_thatIsNotInTheSeeds(String line) {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of(PARAGRAPH, line));
        assertEquals(List.of(PARAGRAPH), cleaned.body());
        assertEquals(List.of(line), cleaned.removed());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le ministre a partagé sur Facebook une vidéo de la cérémonie.",
            "Les commentaires du président ont suscité une vive réaction à Bamako.",
            "Related articles of the treaty were signed in 1960 by both parties.",
            "Partage des eaux du fleuve Niger",
            "Le site a reçu 2 millions de visites en 2023.",
            "Un fonds créé par l'État pour les agriculteurs",
            "Suivez le guide : la visite commence à Ségou.",
            "Quelle est votre réaction face à cette décision du gouvernement de transition ?",
            "Fruit d’un partenariat sincère et très ancien (Russie-Mali)",
            // sentences an audit found dropped by earlier rules
            "Suivez-nous, a lancé le colonel aux journalistes avant de rejoindre sa chaîne de commandement.",
            "Like many others, the minister joined Twitter in 2010.",
            "Join the army, the president urged young people on Facebook.",
            "Restez chez vous, a demandé le gouvernement sur sa chaîne de télévision nationale.",
            "Le musée a reçu 20 000 visiteurs cette année.",
            "Les internautes ont partagé la vidéo sur Facebook des milliers de fois.",
            "Il a imprimé le document avant la réunion.",
            // the same sentences without their final period, as a scraper may leave them
            "Suivez-nous, a lancé le colonel aux journalistes avant de rejoindre sa chaîne de commandement",
            "Join the army, the president urged young people on Facebook",
            "Le musée a reçu 20 000 visiteurs cette année",
            "Les internautes ont partagé la vidéo sur Facebook des milliers de fois",
            // other prose and headings made of widget or navigation words
            "Like Twitter before it, the network grew fast", "Like Twitter and Facebook before it", "Follow Malcolm X",
            "Follow the money, the prosecutor told the jury on Facebook",
            "Suivez le guide sur notre chaîne, puis la visite commence à Ségou",
            "Comment ?",
            "Les articles de la Constitution ont été modifiés.",
            "Le compteur de la centrale affichait 4567 heures de fonctionnement.",
            "Vous êtes le bienvenu, a répondu le maire.",
            "Imprimer plus vite : le pari des éditeurs africains",
            "Tags et graffitis envahissent les murs de Bamako.",
            "2 + 2 = 4",
            "Le site, créé par des étudiants en 2019, compte plus de 2 millions de visites."})
    void clean_keepsRealSentence_thatMerelyContainsDebrisWords(String sentence) {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of(PARAGRAPH, sentence));
        assertEquals(List.of(PARAGRAPH, sentence), cleaned.body());
        assertEquals(List.of(), cleaned.removed());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // share, print and e-mail buttons
            "Partagez sur : Facebook | Twitter | LinkedIn", "Partager la publication", "Imprimer", "Envoyer par e-mail",
            "Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)",
            // comment and reaction widgets
            "Leave a Reply Cancel reply", "Ajouter un commentaire", "Réagissez à cet article", "Commenter", "J'aime",
            // captchas
            "7 x 3 = ?", "8 × 2 = ?", "Captcha : 5 + 2 =", "Résoudre : 9 + 3 =",
            // visitor counters
            "Nombre de visiteurs : 98765", "Compteur de visites : 4567", "Visiteurs en ligne : 12",
            "Vous êtes le 12345e visiteur",
            // navigation
            "Vous aimerez aussi", "Sur le même thème", "À voir aussi", "Articles recommandés", "Related Stories",
            "Nos dernières vidéos", "Search for:", "Tags: Mali, Russie, armée",
            // calls to action
            "Pour ne rien manquer, suivez-nous sur Facebook", "Aimez notre page Facebook", "Abonnez-vous",
            // calls to action as news sites end their articles (from the masakhanews corpus)
            "Follow BBC West on Facebook, Twitter and Instagram. Send your story ideas to: bristol@bbc.co.uk",
            "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow Zoe Kleinman on Twitter @zsk",
            "Follow BBC South East on Facebook, on Twitter, and on Instagram.",
            "Follow us on Facebook, or on Twitter @BBCNewsEnts.", "Regarder aussi :",
            "Suivez-nous sur Facebook, Twitter et Instagram", "Suivez-nous sur X",
            // site footers
            "Conçu et réalisé par AgenceX", "© Copyright NigerInfo", "Téléchargez l'application"})
    void clean_removesDebrisVariant_foundByTheAudit(String line) {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of(PARAGRAPH, line));
        assertEquals(List.of(PARAGRAPH), cleaned.body());
        assertEquals(List.of(line), cleaned.removed());
        assertEquals(List.of(), cleaned.credits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"»,", ",", ", ,", "« , »"})
    void kind_doesNotThrow_onALineOfCommasAndQuotes(String line) {
        // Such a line once made the call-to-action rule index an empty array of clauses.
        assertDoesNotThrow(() -> cleaner.kind(line));
    }

    @Test
    void clean_keepsPhotoCreditAndCaption_whileDroppingTheSiteCopyright() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of("Crédit Photo : Sputnik Afrique",
                "De l'armement militaire (image ICI1FO)", PARAGRAPH, "© Copyright NigerInfo"));
        assertEquals(List.of(PARAGRAPH), cleaned.body());
        assertEquals(List.of("Crédit Photo : Sputnik Afrique", "De l'armement militaire (image ICI1FO)"),
                cleaned.credits());
        assertEquals(List.of("© Copyright NigerInfo"), cleaned.removed());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Crédit Photo : Sputnik Afrique", "Crédit photo: AFP", "Photo : Reuters", "© AFP/John Doe",
            "Des soldats maliens à Gao (photo AFP)", "De l'armement militaire (image ICI1FO)", "Photo credit: AP",
            "Copyright AFP", "Copyright : AFP", "Copyright AFP/Getty Images"})
    void clean_movesPhotoCreditToCredits(String line) {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of(line, PARAGRAPH));
        assertEquals(List.of(PARAGRAPH), cleaned.body());
        assertEquals(List.of(line), cleaned.credits());
    }

    @Test
    void clean_keepsSentenceEndingInPhotoMention_whenItEndsWithAPeriod() {
        String sentence = "Le ministre a posé devant les hélicoptères (photo d'archives).";
        assertEquals(List.of(sentence), cleaner.clean("Titre", List.of(sentence)).body());
    }

    @Test
    void clean_removesReactionLabelsAndCounters_afterTheReactionPrompt() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre",
                List.of(PARAGRAPH, "What's your reaction?\nLike\n3\nAngry\n0", "Wow\n1"));
        assertEquals(List.of(PARAGRAPH), cleaned.body());
        assertEquals(List.of("What's your reaction?", "Like", "3", "Angry", "0", "Wow", "1"), cleaned.removed());
    }

    @Test
    void clean_stopsRemovingReactionLabels_atTheFirstRealLine() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre",
                List.of("Quelle est votre réaction ?\nLove\n0", "La suite de l'article reprend ici."));
        assertEquals(List.of("La suite de l'article reprend ici."), cleaned.body());
    }

    @Test
    void clean_dropsSectionLabel_whenItRepeatsATitleWord() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Niger : la junte reçoit Moscou", List.of("Niger", PARAGRAPH));
        assertEquals(List.of(PARAGRAPH), cleaned.body());
        assertEquals(List.of("Niger"), cleaned.removed());
    }

    @Test
    void clean_keepsShortFirstParagraph_whenItSharesNoWordWithTheTitle() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Niger : la junte reçoit Moscou", List.of("Économie", PARAGRAPH));
        assertEquals(List.of("Économie", PARAGRAPH), cleaned.body());
    }

    @Test
    void clean_dropsTeaser_whenNextParagraphRepeatsItInFull() {
        String full = "Le président a annoncé hier une série de mesures pour relancer l'économie du pays.";
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of("Le président a annoncé hier une série de...", full));
        assertEquals(List.of(full), cleaned.body());
    }

    @Test
    void clean_keepsParagraphEndingInEllipsis_whenNextParagraphIsDifferent() {
        List<String> body = List.of("Et puis, plus rien ne fut comme avant…", "Le lendemain, la ville se réveilla.");
        assertEquals(body, cleaner.clean("Titre", body).body());
    }

    @Test
    void clean_joinsLinesOfAParagraph_andNormalisesSpaces() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of("Première\u00A0 ligne\n   seconde\tligne."));
        assertEquals(List.of("Première ligne seconde ligne."), cleaned.body());
    }

    @Test
    void clean_dropsDebrisLineInsideAParagraph_andKeepsItsOtherLines() {
        DebrisCleaner.Cleaned cleaned = cleaner.clean("Titre", List.of("Dernière phrase du texte.\nShare on Facebook"));
        assertEquals(List.of("Dernière phrase du texte."), cleaned.body());
    }
}
