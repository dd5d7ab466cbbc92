package org.newsarchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsarchive.api.TestServer.error;
import static org.newsarchive.api.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.ingest.LearnedBoilerplate;

/** Reprint collapsing, similar and related articles, completions and learned boilerplate over HTTP. */
class ApiIntelligenceTest {
    static final String FOOTER = "Abonnez-vous à notre lettre du matin pour ne rien manquer";
    static final String[] TOPICS = {"la récolte de blé", "le prix du gaz", "la grève des trains", "le match de rugby",
            "la crue de la Loire", "le budget de la ville", "le festival de jazz", "la rentrée scolaire", "le marché de Noël",
            "la course cycliste", "le conseil municipal", "la foire agricole"};
    static final String[] STORIES = {
            "Les agriculteurs de la Beauce ont moissonné sous un soleil de plomb et le préfet salue des rendements records.",
            "Les fournisseurs annoncent une hausse de quinze pour cent des tarifs réglementés dès le premier juillet.",
            "Les cheminots ont cessé le travail mardi matin, et aucun train régional ne circulera jusqu'à jeudi soir.",
            "Le quinze de la ville a battu son voisin par trente points à douze devant un stade plein à craquer.",
            "La rivière est sortie de son lit après trois jours de pluie ; plusieurs caves du centre ancien sont inondées.",
            "Les élus ont voté une baisse des investissements et une hausse modérée de la taxe foncière pour l'an prochain.",
            "Trois soirées de concerts en plein air ont attiré des milliers de spectateurs venus de toute la région.",
            "Deux nouvelles classes ouvrent à l'école primaire, où les effectifs ont augmenté avec les lotissements neufs.",
            "Les chalets en bois s'installent sur la place et les artisans proposent santons, vin chaud et pain d'épices.",
            "Le peloton traversera le département samedi ; la circulation sera coupée sur la départementale toute la journée.",
            "La séance a surtout porté sur le plan local d'urbanisme, adopté après quatre heures de discussions animées.",
            "Éleveurs et maraîchers exposent leurs bêtes et leurs produits sous les halles pendant tout le week-end."};

    @TempDir
    Path dir;
    TestServer server;

    /**
     * Twelve articles of one site sharing a footer (learned and removed as at ingest), and an undated reprint of
     * the first from another site.
     */
    @BeforeEach
    void start() throws IOException {
        List<Article> raw = new ArrayList<>();
        for (int i = 0; i < TOPICS.length; i++) {
            String story = STORIES[i] + " Un article sur " + TOPICS[i] + ".";
            raw.add(article("a" + i, "Actualité : " + TOPICS[i], List.of(story, FOOTER), PartialDate.ofDay(2021, 5, 1 + i % 9), "site.example"));
            if (i == 0) raw.add(article("a0-copy", "Reprise : " + TOPICS[i], List.of(story), null, "autre.example"));
        }
        LearnedBoilerplate boilerplate = new LearnedBoilerplate();
        raw.forEach(boilerplate::observe);
        boilerplate.learn();
        server = new TestServer(dir, ApiConfig.local(0, null), raw.stream().map(boilerplate::clean).toList());
        boilerplate.save(server.index.path());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    static Article article(String id, String title, List<String> body, PartialDate date, String source) {
        return new Article(id, title, body, date, "fr", source, null, null, List.of(), Map.of());
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void search_withCollapse_givesOneHitPerCluster_countingTheOthers() {
        JsonNode plain = json(server.get("/api/search?q=" + TestServer.enc("moissonné Beauce")));
        assertEquals(List.of("a0", "a0-copy").stream().sorted().toList(), ids(plain.get("hits")).stream().sorted().toList());
        assertFalse(plain.get("hits").get(0).has("similar"), plain.toString());

        HttpResponse<String> r = server.get("/api/search?collapse=cluster&q=" + TestServer.enc("moissonné Beauce"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode hits = json(r).get("hits");
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(1, hits.get(0).get("similar").asInt());
        assertEquals(2, plain.get("total").asInt());
        assertEquals(1, json(r).get("total").asInt(), "a collapsed total counts clusters");
        assertEquals(2, json(r).get("facets").get("lang").get("fr").asInt(), "facets still count articles");
        // collapse=true is the same request.
        assertEquals(ids(hits), ids(json(server.get("/api/search?collapse=true&q=" + TestServer.enc("moissonné Beauce"))).get("hits")));
    }

    @Test
    void search_withCollapse_pagesByCursor_withoutShowingAClusterTwice() {
        String q = "/api/search?collapse=cluster&plain=true&size=1&q=" + TestServer.enc("Beauce trains gaz rugby");
        JsonNode first = json(server.get(q));
        JsonNode all = json(server.get("/api/search?collapse=cluster&plain=true&q=" + TestServer.enc("Beauce trains gaz rugby")));
        List<String> paged = new java.util.ArrayList<>(ids(first.get("hits")));
        JsonNode page = first;
        for (int i = 0; i < 20 && !page.get("next").isNull(); i++) {
            HttpResponse<String> r = server.get(q + "&cursor=" + TestServer.enc(page.get("next").asText()));
            assertEquals(200, r.statusCode(), r.body());
            page = json(r);
            paged.addAll(ids(page.get("hits")));
        }
        assertEquals(4, all.get("hits").size(), all.toString());
        assertEquals(ids(all.get("hits")), paged);
        assertEquals(1, paged.stream().filter(id -> id.startsWith("a0")).count(), paged.toString());
        // A cursor of the same words without collapse is another request's.
        String plainNext = json(server.get("/api/search?plain=true&size=1&q=" + TestServer.enc("Beauce trains gaz rugby"))).get("next").asText();
        HttpResponse<String> mixed = server.get(q + "&cursor=" + TestServer.enc(plainNext));
        assertEquals(400, mixed.statusCode(), mixed.body());
        assertEquals("INVALID_CURSOR", json(mixed).get("error").get("code").asText());
    }

    @Test
    void search_withAnUnknownCollapseValue_is400() {
        HttpResponse<String> bad = server.get("/api/search?q=bl%C3%A9&collapse=" + TestServer.enc("peut-être"));
        assertEquals(400, bad.statusCode());
        assertEquals(error("INVALID_PARAMETER", "collapse: want 'cluster' (or true/false), got 'peut-être'"), json(bad));
    }

    @Test
    void similar_listsTheReprint_withItsDateSourceAndSimilarity() {
        HttpResponse<String> r = server.get("/api/articles/a0-copy/similar");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals("a0-copy", body.get("id").asText());
        assertEquals(1, body.get("articles").size(), body.toString());
        JsonNode a0 = body.get("articles").get(0);
        assertEquals(List.of("id", "title", "date", "date_source", "cluster", "score"), fieldNames(a0));
        assertEquals("a0", a0.get("id").asText());
        assertEquals("2021-05-01", a0.get("date").asText());
        assertEquals("header", a0.get("date_source").asText());
        assertTrue(a0.get("score").asDouble() > 0.9, a0.toString());
        // The reprint has no date of its own: it takes its cluster's, and says so.
        JsonNode copy = json(server.get("/api/articles/a0-copy"));
        assertEquals("cluster", copy.get("date_source").asText());
        assertEquals(a0.get("cluster"), copy.get("cluster"));
    }

    @Test
    void undatedArticlePostedBeforeItsDatedReprint_getsTheReprintsDate() {
        String story = "Le tribunal administratif a suspendu mercredi l'arrêté municipal qui interdisait les terrasses"
                + " chauffées, estimant que la commune n'avait pas démontré l'urgence invoquée par le maire.";
        HttpResponse<String> first = server.post("/api/articles", "application/json",
                "{\"id\":\"early-copy\",\"title\":\"Terrasses chauffées\",\"body\":\"" + story + "\",\"lang\":\"fr\"}");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("none", json(server.get("/api/articles/early-copy")).get("date_source").asText());
        HttpResponse<String> second = server.post("/api/articles", "application/json",
                "{\"id\":\"dated-original\",\"title\":\"Le tribunal suspend l'arrêté\",\"body\":\"" + story
                        + "\",\"date\":\"2024-11-06\",\"lang\":\"fr\"}");
        assertEquals(200, second.statusCode(), second.body());
        JsonNode copy = json(server.get("/api/articles/early-copy"));
        assertEquals("2024-11-06", copy.get("date").asText(), copy.toString());
        assertEquals("cluster", copy.get("date_source").asText());
    }

    @Test
    void similar_ofAnArticleWithoutReprints_isAnEmptyList() {
        assertEquals(json("{\"id\":\"a5\",\"articles\":[]}"), json(server.get("/api/articles/a5/similar")));
    }

    @Test
    void similarAndRelated_ofAnUnknownId_are404() {
        for (String path : List.of("/api/articles/nope/similar", "/api/articles/nope/related")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals(error("NOT_FOUND", "no article with id 'nope'"), json(r));
        }
    }

    @Test
    void related_leavesOutTheArticlesOwnCluster_andKeepsToTheLimit() {
        HttpResponse<String> r = server.get("/api/articles/a0/related?limit=3");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        String cluster = json(server.get("/api/articles/a0")).get("cluster").asText();
        List<String> ids = ids(body.get("articles"));
        assertFalse(ids.isEmpty(), body.toString());
        assertTrue(ids.size() <= 3, body.toString());
        assertFalse(ids.contains("a0") || ids.contains("a0-copy"), body.toString());
        for (JsonNode n : body.get("articles")) assertFalse(n.get("cluster").asText().equals(cluster), body.toString());
    }

    @Test
    void related_refusesALimitOutside1To100() {
        assertEquals(error("INVALID_PARAMETER", "limit must be between 1 and 100, got 0"), json(server.get("/api/articles/a0/related?limit=0")));
        assertEquals(error("INVALID_PARAMETER", "limit must be between 1 and 100, got 101"), json(server.get("/api/articles/a0/related?limit=101")));
        assertEquals(400, server.get("/api/articles/a0/related?limit=dix").statusCode());
        assertEquals(error("INVALID_PARAMETER", "unknown parameter 'limit' (this endpoint takes none)"),
                json(server.get("/api/articles/a0/similar?limit=3")));
    }

    @Test
    void suggest_completesFrequentWordsAndTitles() {
        HttpResponse<String> r = server.get("/api/suggest?prefix=moisso");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals("moisso", body.get("prefix").asText());
        assertTrue(body.get("suggestions").toString().contains("{\"text\":\"moissonné\",\"kind\":\"term\"}"), body.toString());
        JsonNode titles = json(server.get("/api/suggest?prefix=rugb&limit=1")).get("suggestions");
        assertEquals(json("[{\"text\":\"Actualité : le match de rugby\",\"kind\":\"title\"}]"), titles);
    }

    @Test
    void suggest_seesArticlesAddedAfterItsFirstLookup() {
        assertEquals(0, json(server.get("/api/suggest?prefix=vendang")).get("suggestions").size());
        HttpResponse<String> posted = server.post("/api/articles", "application/json",
                "{\"id\":\"v1\",\"title\":\"Les vendanges commencent\",\"body\":\"Les vendangeurs sont dans les vignes.\",\"lang\":\"fr\"}");
        assertEquals(200, posted.statusCode(), posted.body());
        JsonNode after = json(server.get("/api/suggest?prefix=vendang")).get("suggestions");
        assertTrue(after.toString().contains("Les vendanges commencent"), after.toString());
    }

    @Test
    void suggest_refusesAnEmptyPrefixAndABadLimit() {
        assertEquals(error("INVALID_PARAMETER", "prefix: give what has been typed so far"), json(server.get("/api/suggest?prefix=")));
        assertEquals(error("INVALID_PARAMETER", "prefix: give what has been typed so far"), json(server.get("/api/suggest")));
        assertEquals(error("INVALID_PARAMETER", "limit must be between 1 and 50, got 51"), json(server.get("/api/suggest?prefix=mo&limit=51")));
        assertEquals(400, server.get("/api/suggest?prefix=mo&limit=0").statusCode());
        assertEquals(400, server.get("/api/suggest?prefix=mo&q=x").statusCode());
    }

    @Test
    void articlesPostedOneByOne_teachTheirSitesBoilerplate_atTheTenth_andTheNineBeforeLoseItToo() {
        String footer = "Retrouvez toutes nos offres d'abonnement sur la boutique du journal";
        for (int i = 0; i < 12; i++) {
            String body = "[\"Le marché couvert de la commune numéro " + i + " rouvre ses portes après travaux.\",\"" + footer + "\"]";
            HttpResponse<String> r = server.post("/api/articles", "application/json",
                    "{\"id\":\"p" + i + "\",\"title\":\"Marché numéro " + i + "\",\"source\":\"boutique.example\",\"body\":" + body + "}");
            assertEquals(200, r.statusCode(), r.body());
        }
        // The tenth article makes it boilerplate: it is gone from that one on, and from the nine posted before.
        for (int i = 0; i < 12; i++) {
            JsonNode body = json(server.get("/api/articles/p" + i)).get("body");
            assertFalse(body.toString().contains(footer), "p" + i + ": " + body);
            assertTrue(body.toString().contains("numéro " + i + " rouvre"), "p" + i + ": " + body);
        }
        assertEquals(0, json(server.get("/api/search?q=" + TestServer.enc("abonnement boutique"))).get("total").asInt());
        JsonNode removed = json(server.get("/api/stats")).get("boilerplate_removed");
        assertTrue(removed.toString().contains("{\"source\":\"boutique.example\",\"line\":\"" + footer + "\",\"articles\":12}"),
                removed.toString());
    }

    @Test
    void countsOfPostedArticles_areSavedWhenTheServiceStops_forTheNextRuns() throws IOException {
        String footer = "Toutes nos petites annonces sont sur le site du journal";
        Path folder;
        try (TestServer first = new TestServer(dir.resolve("counts"), ApiConfig.local(0, null), List.of())) {
            folder = first.index.path();
            for (int i = 0; i < 5; i++) {
                assertEquals(200, first.post("/api/articles", "application/json", "{\"id\":\"c" + i + "\",\"title\":\"Annonce "
                        + i + "\",\"source\":\"annonces.example\",\"body\":[\"Texte numéro " + i + ".\",\"" + footer + "\"]}").statusCode());
            }
        }
        LearnedBoilerplate next = LearnedBoilerplate.load(folder);
        for (int i = 5; i < 10; i++) {
            next.observe(article("c" + i, "Annonce " + i, List.of("Texte numéro " + i + ".", footer), null, "annonces.example"));
        }
        assertEquals(List.of("Texte 10."), next.clean(article("c10", "Annonce 10", List.of("Texte 10.", footer), null, "annonces.example")).body());
    }

    @Test
    void stats_listsTheLearnedBoilerplateRemovedMostOften() {
        JsonNode stats = json(server.get("/api/stats"));
        assertEquals(json("[{\"source\":\"site.example\",\"line\":\"" + FOOTER + "\",\"articles\":12}]"), stats.get("boilerplate_removed"));
        assertFalse(json(server.get("/api/articles/a3")).get("body").toString().contains("Abonnez-vous"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
