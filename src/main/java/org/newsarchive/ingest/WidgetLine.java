package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the buttons of a page: share, print, e-mail, comment and reaction widgets, and calls to follow the site.
 *
 * <p>Buttons are told from prose by their vocabulary, not by their exact wording: a widget line is made only of
 * widget words ("Partagez sur : Facebook | Twitter", "Leave a Reply Cancel reply"), so any real sentence, which
 * always brings a subject or a finite verb of its own ("Les internautes ont partagé la vidéo"), falls outside it.
 * Calls to action use an open vocabulary ("Suivez l'information en direct sur notre chaîne"), so they are told by
 * their shape instead: an imperative that ends on a channel, with no clause of its own after it.
 */
final class WidgetLine {

    private WidgetLine() {}

    /**
     * Verbs a button starts with, in the imperative, infinitive or label form sites use. Not "comment": alone on a
     * line it is more often the French "Comment ?" than an English button.
     */
    private static final Set<String> ACTIONS = Set.of(
            "partagez", "partager", "partage", "share", "sharing", "imprimer", "imprimez", "print", "envoyer",
            "envoyez", "send", "email", "e-mail", "mail", "tweeter", "tweetez", "tweet", "épingler", "pin", "copier",
            "copy", "commenter", "commentez", "réagir", "réagissez", "react", "ajouter", "ajoutez", "add",
            "laisser", "laissez", "leave", "répondre", "répondez", "reply", "annuler", "cancel", "j'aime", "like",
            "cliquez", "cliquer", "click", "écrire", "écrivez", "write", "post", "publier", "signaler", "report");
    /** Networks and means of sending that share buttons name. */
    private static final Set<String> NETWORKS = Set.of(
            "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "messenger", "pinterest", "reddit",
            "tumblr", "viber", "instagram", "threads", "bluesky", "google", "skype", "sms", "email", "e-mail", "mail",
            "courriel", "gmail");
    /** What a button acts on, and the words that glue a button label together. */
    private static final Set<String> BUTTON_WORDS = Set.of(
            "article", "l'article", "publication", "la", "le", "les", "l'", "un", "une", "des", "cet", "cette", "ce",
            "post", "page", "story", "lien", "link", "commentaire", "commentaires", "comment", "comments", "réponse",
            "reply", "réaction", "avis", "message", "sur", "on", "via", "par", "by", "with", "avec", "à", "a", "an",
            "the", "this", "to", "for", "pour", "ici", "here", "vos", "votre", "your", "amis", "friends", "ami");
    private static final Set<String> WIDGET_WORDS = union(ACTIONS, union(NETWORKS, BUTTON_WORDS));
    /** Buttons are labels of a few words; this also keeps long lists of names from reading as a share bar. */
    private static final int MAX_WIDGET_TOKENS = 10;
    /** WordPress and Jetpack append this hint to every share link ("WhatsApp(ouvre dans une nouvelle fenêtre)"). */
    private static final Pattern NEW_WINDOW_HINT = Pattern.compile(
            "\\((?:s')?(?:ouvre|opens?) (?:dans|in) (?:une |a )?(?:nouvelle |new )?(?:fenêtre|onglet|window|tab)\\)");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    /** Imperatives that ask the reader to follow, join, subscribe or write in. */
    private static final Set<String> CTA_VERBS = Set.of(
            "suivez", "suivez-nous", "rejoignez", "rejoignez-nous", "abonnez-vous", "abonnez", "inscrivez-vous",
            "retrouvez", "retrouvez-nous", "téléchargez", "aimez", "likez", "restez", "activez", "s'abonner",
            "envoyez", "envoyez-nous", "écrivez-nous", "contactez-nous", "follow", "join", "subscribe", "like",
            "download", "sign", "stay", "turn", "get", "send", "write", "contact");
    /** Where a call to action sends the reader. */
    private static final Set<String> CHANNELS = union(NETWORKS, Set.of(
            "youtube", "tiktok", "newsletter", "chaîne", "chaine", "channel", "compte", "account", "page", "notifications",
            "alertes", "application", "app"));
    /** A call can also end on where to write: an address, a handle or a link ("… story ideas to: west@bbc.co.uk"). */
    private static final Pattern ENDS_ON_CONTACT = Pattern.compile("(?:\\S+@\\S+|@\\w+|https?://\\S+|www\\.\\S+)$");
    /** Words that may join a list of channels ("Facebook, Twitter et Instagram", "on Facebook, or on Twitter"). */
    private static final Set<String> LIST_JOINERS = Set.of("and", "or", "et", "ou", "&", "on", "sur", "via");
    /** A call to action that is only its verb ("Abonnez-vous", "Follow us", "Subscribe now"). */
    private static final Pattern LONE_CTA = Pattern.compile(
            "(?:abonnez-vous|inscrivez-vous|suivez-nous|rejoignez-nous|retrouvez-nous|s'abonner|je m'abonne"
            + "|subscribe|follow us|join us|sign up)(?: (?:maintenant|gratuitement|ici|now|here|today|for free))?");
    /** "a lancé", "a demandé", "urged": a reporting clause makes an imperative quoted speech, not a button. */
    private static final Pattern REPORTING_CLAUSE = Pattern.compile(
            "\\b(?:a|ont|avait|avaient|aurait) (?:lancé|demandé|déclaré|dit|ajouté|indiqué|affirmé|expliqué|martelé|"
            + "exhorté|appelé|répété|insisté|écrit|tweeté|conseillé)\\b"
            + "|\\b(?:said|says|urged|told|asked|added|declared|wrote|tweeted|insisted)\\b");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");
    /** Room for "Pour ne rien manquer," before the verb. */
    private static final int MAX_LEAD_IN_WORDS = 6;

    /**
     * True for a share, print, e-mail, comment or reaction button: a line that starts with a button verb and is made
     * of widget words only.
     *
     * @param key the line lower-cased, with one kind of apostrophe and no trailing punctuation
     */
    static boolean isWidget(String key) {
        List<String> tokens = tokens(NEW_WINDOW_HINT.matcher(key).replaceAll(" "));
        if (tokens.isEmpty() || tokens.size() > MAX_WIDGET_TOKENS || !ACTIONS.contains(tokens.get(0))) return false;
        return WIDGET_WORDS.containsAll(tokens);
    }

    /**
     * True for a call to follow or write to the site ("Pour ne rien manquer, suivez-nous sur Facebook", "Follow BBC
     * West on Facebook, Twitter and Instagram. Send your story ideas to: west@bbc.co.uk", "Abonnez-vous"); false for
     * an imperative in prose ("Suivez-nous, a lancé le colonel …", "Join the army, the president urged …").
     *
     * @param key as for {@link #isWidget}
     */
    static boolean isCallToAction(String key) {
        if (LONE_CTA.matcher(key).matches()) return true;
        if (REPORTING_CLAUSE.matcher(key).find()) return false;
        // A footer may hold a few calls in a row; every one of them must be a call.
        for (String sentence : SENTENCES.split(key)) {
            if (!isOneCall(sentence.replaceAll("[.!?]+$", ""))) return false;
        }
        return true;
    }

    /**
     * An imperative (after at most a short lead-in clause) that ends on a channel or a contact, where any comma after
     * the verb only continues the list of channels: a comma followed by a clause of its own makes it prose.
     */
    private static boolean isOneCall(String sentence) {
        String[] clauses = sentence.split(",", -1); // -1: a line of commas alone still yields its empty clauses
        int verbAt;
        if (startsWithCtaVerb(clauses[0])) {
            verbAt = 0;
        } else if (clauses.length > 1 && tokens(clauses[0]).size() <= MAX_LEAD_IN_WORDS
                && startsWithCtaVerb(clauses[1])) {
            verbAt = 1;
        } else {
            return false;
        }
        for (int i = verbAt + 1; i < clauses.length; i++) {
            if (!continuesChannelList(clauses[i])) return false;
        }
        return endsOnChannel(tokens(sentence)) || ENDS_ON_CONTACT.matcher(sentence).find();
    }

    /** "… sur notre chaîne WhatsApp", "… on X"; a lone "x" is the network only after its preposition ("Malcolm X"). */
    private static boolean endsOnChannel(List<String> tokens) {
        int last = tokens.size() - 1;
        if (!CHANNELS.contains(ELIDED.matcher(tokens.get(last)).replaceFirst(""))) return false;
        return !tokens.get(last).equals("x") || last > 0 && LIST_JOINERS.contains(tokens.get(last - 1));
    }

    private static boolean startsWithCtaVerb(String clause) {
        List<String> tokens = tokens(clause);
        return !tokens.isEmpty() && CTA_VERBS.contains(tokens.get(0));
    }

    private static boolean continuesChannelList(String clause) {
        List<String> tokens = tokens(clause);
        int i = 0;
        while (i < tokens.size() && LIST_JOINERS.contains(tokens.get(i))) i++;
        return i < tokens.size() && CHANNELS.contains(tokens.get(i));
    }

    /** Words of a key, with "WhatsApp(…" and "Facebook | Twitter" split apart. */
    private static List<String> tokens(String key) {
        List<String> out = new ArrayList<>();
        for (String t : TOKEN_SEPARATORS.split(key)) {
            if (!t.isEmpty() && !t.equals("-") && !t.equals("'")) out.add(t);
        }
        return out;
    }

    /** An elided article in front of a word (the key has one kind of apostrophe): "l'application". */
    private static final Pattern ELIDED = Pattern.compile("^(?:l|d)'(?=\\p{L})");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
