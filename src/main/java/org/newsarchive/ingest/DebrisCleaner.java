package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes web debris (share and comment widgets, captchas, counters, footers, navigation, calls to action) out of
 * scraped article text, and moves photo credits and captions aside.
 *
 * <p>Every rule matches a whole line, and only a short one: debris is a label, a real sentence is not. A line
 * such as "Le ministre a partagé sur Facebook une vidéo." never matches, because the rules are anchored on the
 * line's start and end and most of them refuse a line that ends like a sentence.
 */
public final class DebrisCleaner {

    /**
     * What is left of an article after cleaning.
     *
     * @param body    paragraphs, lines joined by a space, whitespace normalised
     * @param credits photo credits and captions, in reading order
     * @param removed the debris lines that were dropped, in reading order, so callers and tests can see them
     */
    public record Cleaned(List<String> body, List<String> credits, List<String> removed) {
        public Cleaned {
            body = List.copyOf(body);
            credits = List.copyOf(credits);
            removed = List.copyOf(removed);
        }
    }

    /** How one line is treated. */
    enum Kind { TEXT, DEBRIS, CREDIT }

    /** Debris and credits are labels; past this length a line is always text, which also bounds regex work. */
    private static final int MAX_LABEL_CHARS = 200;
    /** A line with more words than this reads as prose, not as a widget. */
    private static final int MAX_LABEL_WORDS = 15;
    /** Shorter than this, a "…" line cannot be told from a real paragraph that happens to trail off. */
    private static final int MIN_TEASER_CHARS = 20;

    /** Navigation, section and widget headings, compared after lower-casing and trimming end punctuation. */
    private static final Set<String> LABELS = Set.of(
            "related articles", "related posts", "related", "more articles", "read more", "read also", "see also",
            "you may also like", "you might also like", "most popular", "most read", "latest news", "recent posts",
            "previous article", "next article", "previous post", "next post", "tags", "categories", "category",
            "search", "menu", "home", "share", "share this", "share this article", "leave a reply",
            "leave a comment", "comments", "no comments", "advertisement", "sponsored", "newsletter",
            "articles similaires", "articles liés", "articles connexes", "à lire aussi", "a lire aussi",
            "lire aussi", "à lire également", "lire la suite", "voir aussi", "sur le même sujet", "nos vidéos",
            "vidéos", "catégories", "catégorie", "rechercher", "recherche", "accueil", "infos à la une",
            "à la une", "a la une", "dernières infos", "dernières nouvelles", "dernières actualités",
            "les plus lus", "articles récents", "article précédent", "article suivant", "étiquettes", "mots-clés",
            "partager", "partagez", "partagez sur", "partager sur", "partagez cet article", "partager cet article",
            "commentaire", "commentaires", "laisser un commentaire", "laissez un commentaire",
            "laisser une réponse", "réagir", "publicité");

    private static final Set<String> REACTION_PROMPTS = Set.of(
            "quelle est votre réaction", "quelle est votre reaction", "votre réaction", "what's your reaction",
            "what is your reaction", "how do you feel about this article");

    /** Comment-form boilerplate, by its opening words. */
    private static final List<String> FORM_PROMPTS = List.of(
            "please enter your", "please enter a", "please enter an", "veuillez saisir", "veuillez entrer",
            "veuillez indiquer", "veuillez renseigner", "save my name", "enregistrer mon nom",
            "your email address will not be published", "votre adresse e-mail ne sera pas publiée",
            "votre adresse email ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
            "required fields are marked", "les champs obligatoires sont indiqués", "you have entered an incorrect",
            "post comment", "publier le commentaire", "envoyer le commentaire", "you must be logged in",
            "connectez-vous pour");

    /** "46 − = 37", "3 + = 10", "+ 4 = 9", "5 + 3 =", "7 x 3 = ?": sums with a blank to fill in. */
    private static final String SUM_WITH_BLANK =
            "\\d{1,4} ?[-+−–×x*÷/] ?= ?\\d{1,6}|[-+−–×x*÷/] ?\\d{1,4} ?= ?\\d{1,6}|\\d{1,4} ?[-+−–×x*÷/] ?\\d{1,4} ?= ?[?_]*";
    /** The same sum behind the form's prompt ("Captcha : 5 + 2 =", "Résoudre : 9 + 3 ="). */
    private static final Pattern CAPTCHA = Pattern.compile(
            "(?:(?:captcha|anti-?spam|question (?:de sécurité|anti-?spam)|security question|résoudre|résolvez|calculez"
            + "|combien (?:font|fait)|solve|what is) ?:? ?)?(?:" + SUM_WITH_BLANK + ")");
    private static final Pattern NUMBER_ONLY = Pattern.compile("[-+−\\d .,%]{1,15}");
    /** "12 commentaires", "Comments (3)"; the English singular needs its number, alone it is the French "Comment ?". */
    private static final Pattern COMMENT_COUNT = Pattern.compile(
            "(\\d+ )?(commentaires?|comments|réactions?|reactions?|réponses?|replies)( \\(\\d+\\))?|\\d+ comment");
    private static final String AUDIENCE = "visiteurs?|visitors?|visites|visits|vues|views|pages? vues|page views"
            + "|hits|lecteurs|readers|abonnés|subscribers|followers";
    /** Words a counter puts around its audience: "Nombre de visiteurs", "Visiteurs en ligne aujourd'hui". */
    private static final String COUNTER_NAME = "(?:(?:nombre|compteur|total|nb|number|count) (?:de |des |d'|of )?)?";
    private static final String COUNTER_QUALIFIER = "(?: (?:en ligne|online|connectés|aujourd'hui|today|hier"
            + "|yesterday|total|du jour|ce mois|cette semaine|this month|this week|uniques?))*";
    /** "Visiteur: 45462", "Compteur de visites : 4567", "Visiteurs en ligne : 12", "1234 views". */
    private static final Pattern COUNTER = Pattern.compile(
            "(?:" + COUNTER_NAME + "(?:" + AUDIENCE + "|en ligne|online)" + COUNTER_QUALIFIER + " ?:? ?\\d[\\d .,]*)"
            + "|(?:\\d[\\d .,]* ?(?:" + AUDIENCE + ")(?: en ligne| online)?)");
    /** "Vous êtes le 12345e visiteur", "You are visitor #1234": a counter that speaks to the reader. */
    private static final Pattern VISITOR_RANK = Pattern.compile(
            "(?:vous êtes|tu es) (?:le |la )?(?:n° ?)?\\d[\\d .,]*(?:e|è|ème|eme|ième|ieme|er|ère)? (?:visiteur|visiteuse)s?"
            + "|you are (?:the )?(?:visitor (?:number |no\\.? ?|#)?\\d[\\d,]*|\\d[\\d,]*(?:st|nd|rd|th) visitor)");
    /**
     * "… c'est plus de 2 Millions visites": a site boasting its audience. The line must end on the audience and say
     * "more than", so that "Le site a reçu 2 millions de visites en 2023" reads as the news it is.
     */
    private static final Pattern AUDIENCE_CLAIM = Pattern.compile(
            "(?:plus de|près de|déjà|more than|over|already) \\d+(?:[ .,]\\d+)* ?(?:millions?|milliers|mille|k|m)? ?"
            + "(?:de |d')?(?:visiteurs?|visitors?|visites|visits|pages? vues|page views|lecteurs|readers)"
            + "(?: (?:par|chaque|per|a|every) (?:jour|mois|an|année|day|month|year))?$");
    private static final String MAKERS = "créée?|crée|cree|réalisée?|conçue?|développée?|propulsée?|designed|powered"
            + "|developed|made|built|hosted|hébergée?";
    private static final Pattern RIGHTS = Pattern.compile("droits réservés|rights reserved|droits de reproduction");
    /** What a site footer says after its "©": its rights, or who made the site. */
    private static final Pattern FOOTER_WORDS = Pattern.compile(
            RIGHTS.pattern() + "|\\b(?:" + MAKERS + ") (?:par|by|with|avec)\\b");
    /**
     * A year, or the sign and the word together, mark a site's notice ("© 2024 Le Journal", "© Copyright NigerInfo");
     * a photo is signed with the sign or the word and a name ("© AFP/John Doe", "Copyright AFP/Getty Images").
     */
    private static final Pattern SITE_COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)|copyright) ?(?:\\d{4}\\b|$)|^(?:©|\\(c\\)) ?copyright\\b");
    /** "Site créé par Kabefo", "Powered by WordPress", "Conçu et réalisé par AgenceX": a maker's line, verb first. */
    private static final Pattern MADE_BY = Pattern.compile(
            "(?:site |thème |theme |website |design )?(?:" + MAKERS + ")(?:(?: et|,| and| &) (?:" + MAKERS + "))*"
            + " (?:par|by|with|avec)(?: \\S+){1,4}");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?:(?:crédits?|credits?)(?: (?:photos?|images?))?|(?:photos?|images?) (?:crédits?|credits?)"
            + "|photos?|images?|illustration|légende|caption) ?: ?\\S.*|(?:photos?|images?) ?(?:©|\\(c\\)).*");
    /** "De l'armement militaire (image ICI1FO)": a caption ending in its source. */
    private static final Pattern CAPTION_SOURCE = Pattern.compile(
            ".*\\((?:image|images|photo|photos|illustration|crédits?|credits?|ph)\\b[^()]{0,60}\\)");

    // Navigation headings, by their shape rather than a list of every wording sites use.
    private static final String CONTENT = "articles?|posts?|stories|story|vidéos?|videos?|news|actualités|actus|infos"
            + "|contenus?|reportages|publications|dossiers";
    /** "Articles recommandés", "Related Stories", "Nos dernières vidéos", "Les plus lus". */
    private static final Pattern MORE_CONTENT = Pattern.compile(
            "(?:(?:nos|les|des|d'autres|autres|plus d'|our|the|more|other) ?)?"
            + "(?:(?:dernières|derniers|latest|recent|récents|récentes|top|meilleurs|meilleures|popular"
            + "|populaires|related|recommended|similar|suggested|trending|more) )?(?:" + CONTENT + ")"
            + "(?: (?:similaires|liés|liées|connexes|recommandés|recommandées|associés|associées|populaires|récents"
            + "|récentes|suggérés|en relation|du moment|les plus (?:lus|lues|vus|vues)|à la une|you may like))?");
    /** "À voir aussi", "Lire également", "Vous aimerez aussi", "You might also like". */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?:à |a )?(?:lire|voir|découvrir|regarder|écouter) (?:aussi|également|encore|plus)"
            + "|vous (?:aimerez|pourriez aimer|aimerez peut-être|pourriez aussi aimer)(?: aussi| également)?"
            + "(?: lire| voir)?|(?:read|see|watch) (?:also|more)|you (?:may|might|will|could) also (?:like|enjoy)");
    /** "Sur le même thème", "Dans la même rubrique", "On the same topic". */
    private static final Pattern SAME_TOPIC = Pattern.compile(
            "(?:sur|dans|du|de) (?:le |la )?même (?:thème|sujet|rubrique|auteur|catégorie)"
            + "|(?:more )?(?:on|in|from) the same (?:topic|subject|category|author)");
    /** A lone search box label: "Search", "Search for:", "Rechercher sur le site". */
    private static final Pattern SEARCH_BOX = Pattern.compile(
            "(?:search|rechercher|recherche)(?: for| sur le site| dans le site| le site| on this site| this site)?");
    /** "Tags: Mali, Russie, armée", "Catégorie : Politique": a label and a list of short items, nothing more. */
    private static final Pattern TAG_LIST = Pattern.compile(
            "(?:tags?|étiquettes?|mots?[- ]clés?|keywords?|catégories?|categories|category|filed under|classé dans"
            + "|posted in|publié dans) ?: ?[^,;|.!?:]{1,40}(?:[,;|] ?[^,;|.!?:]{1,40})*");
    private static final List<Pattern> NAVIGATION = List.of(MORE_CONTENT, SEE_ALSO, SAME_TOPIC, SEARCH_BOX, TAG_LIST);

    /**
     * Cleans an article body.
     *
     * @param title  the headline, used to recognise a section label that repeats one of its words
     * @param blocks raw paragraphs in reading order; lines inside a block are still separated by {@code \n},
     *               because widgets often sit one per line inside a single block
     */
    public Cleaned clean(String title, List<String> blocks) {
        List<String> paragraphs = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        boolean inReactions = false;
        for (String block : blocks) {
            StringBuilder paragraph = new StringBuilder();
            for (String raw : block.split("\n")) {
                String line = normalizeSpace(raw);
                if (line.isEmpty()) continue;
                // Reaction widgets list their labels and counters one per line under the prompt.
                if (inReactions && isReactionLabel(line)) {
                    removed.add(line);
                    continue;
                }
                inReactions = false;
                switch (kind(line)) {
                    case DEBRIS -> {
                        removed.add(line);
                        inReactions = REACTION_PROMPTS.contains(key(line));
                    }
                    case CREDIT -> credits.add(line);
                    case TEXT -> paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
                }
            }
            if (!paragraph.isEmpty()) paragraphs.add(paragraph.toString());
        }
        dropSectionLabel(title, paragraphs, removed);
        dropTeasers(paragraphs, removed);
        return new Cleaned(paragraphs, credits, removed);
    }

    /** Classifies one line, already whitespace-normalised. */
    Kind kind(String line) {
        if (line.length() > MAX_LABEL_CHARS) return Kind.TEXT;
        String key = key(line);
        if (key.isEmpty()) return Kind.DEBRIS;
        int words = key.split(" ").length;
        if (words > MAX_LABEL_WORDS) return Kind.TEXT;
        boolean sentenceEnd = line.endsWith(".");
        String lower = line.toLowerCase(Locale.ROOT);

        if (lower.startsWith("©") || lower.startsWith("(c) ") || lower.startsWith("copyright")) {
            // A site's footer names its rights or maker; a lone "© AFP/John Doe" credits a photo.
            boolean footer = FOOTER_WORDS.matcher(key).find() || SITE_COPYRIGHT.matcher(key).find();
            return footer ? Kind.DEBRIS : Kind.CREDIT;
        }
        if (CREDIT_LABEL.matcher(key).matches() || CAPTION_SOURCE.matcher(lower).matches()) return Kind.CREDIT;

        // The key drops a trailing "?", so "7 x 3 = ?" is compared as "7 x 3 =".
        if (CAPTCHA.matcher(key).matches() || CAPTCHA.matcher(line).matches()) return Kind.DEBRIS;
        if (NUMBER_ONLY.matcher(line).matches()) return Kind.DEBRIS;
        if (LABELS.contains(key) || REACTION_PROMPTS.contains(key)) return Kind.DEBRIS;
        if (NAVIGATION.stream().anyMatch(p -> p.matcher(key).matches())) return Kind.DEBRIS;
        if (COMMENT_COUNT.matcher(key).matches() || COUNTER.matcher(key).matches()
                || VISITOR_RANK.matcher(key).matches()) return Kind.DEBRIS;
        if (FORM_PROMPTS.stream().anyMatch(key::startsWith)) return Kind.DEBRIS;
        if (WidgetLine.isWidget(key) || WidgetLine.isCallToAction(key)) return Kind.DEBRIS;
        // These words also occur in prose, so a line that ends like a sentence is left alone.
        if (!sentenceEnd && words <= 12 && (AUDIENCE_CLAIM.matcher(key).find() || RIGHTS.matcher(key).find()
                || MADE_BY.matcher(key).matches())) return Kind.DEBRIS;
        return Kind.TEXT;
    }

    /** Collapses every run of whitespace (NBSP and other Unicode spaces included) to one space, and trims. */
    static String normalizeSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFEFF' || c == '\u200B') continue; // BOM and zero-width space carry no text
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && !out.isEmpty()) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lower case, one apostrophe, no bullets in front and no punctuation at the end: how labels are compared. */
    private static String key(String line) {
        String k = line.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        int start = 0;
        int end = k.length();
        while (start < end && "•·-–—>»|*# ".indexOf(k.charAt(start)) >= 0) start++;
        while (end > start && ":;!?.…»›>|-–—* ".indexOf(k.charAt(end - 1)) >= 0) end--;
        return k.substring(start, end);
    }

    /** "Love", "0", "Haha": one or two words or a number, no punctuation. */
    private static boolean isReactionLabel(String line) {
        return line.length() <= 20 && line.split(" ").length <= 2 && !containsAny(line, ".!?,;:");
    }

    /** A one- or two-word label right under the headline that repeats one of its words ("Mali"). */
    private static void dropSectionLabel(String title, List<String> paragraphs, List<String> removed) {
        if (paragraphs.isEmpty()) return;
        String first = paragraphs.get(0);
        String[] words = first.split(" ");
        if (words.length > 2 || first.length() > 40 || containsAny(first, ".!?,;:")) return;
        Set<String> titleWords = new HashSet<>(List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && titleWords.contains(word)) {
                removed.add(paragraphs.remove(0));
                return;
            }
        }
    }

    /** A paragraph cut off with "…" that the next paragraph repeats in full is a teaser, not text. */
    private static void dropTeasers(List<String> paragraphs, List<String> removed) {
        for (int i = paragraphs.size() - 2; i >= 0; i--) {
            String p = paragraphs.get(i);
            String stem = p.endsWith("…") ? p.substring(0, p.length() - 1)
                    : p.endsWith("...") ? p.substring(0, p.length() - 3) : null;
            if (stem == null) continue;
            stem = comparable(stem).strip();
            if (stem.length() >= MIN_TEASER_CHARS && comparable(paragraphs.get(i + 1)).startsWith(stem)) {
                removed.add(paragraphs.remove(i));
            }
        }
    }

    /** Scrapers mix typographic and ASCII apostrophes and quotes between a teaser and its paragraph. */
    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"').replace('«', '"').replace('»', '"');
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
