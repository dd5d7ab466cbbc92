package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** similar, related, suggest, search --collapse, stats' learned boilerplate and the two eval commands. */
class IntelligenceCliTest {
    static final String FOOTER = "Abonnez-vous à notre lettre du matin pour ne rien manquer";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;


    private CliRun run(String... args) {
        return CliRun.onIndex(tmp.resolve("index"), args);
    }

    /** Twelve short articles of one site sharing a footer; article 0 twice (a reprint, undated), all in one file. */
    private Path corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] topics = {"la récolte de blé", "le prix du gaz", "la grève des trains", "le match de rugby", "la crue de la Loire",
                "le budget de la ville", "le festival de jazz", "la rentrée scolaire", "le marché de Noël", "la course cycliste",
                "le conseil municipal", "la foire agricole"};
        String[] stories = {
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
        for (int i = 0; i < topics.length; i++) {
            String body = stories[i] + " Un article sur " + topics[i] + ".";
            lines.add(JSON.writeValueAsString(java.util.Map.of("id", "a" + i, "title", "Actualité : " + topics[i],
                    "date", "2021-05-0" + (1 + i % 9), "source", "site.example", "body", body + "\n" + FOOTER)));
            if (i == 0) {
                lines.add(JSON.writeValueAsString(java.util.Map.of("id", "a0-copy", "title", "Reprise : " + topics[i],
                        "source", "autre.example", "body", body, "duplicate_of", "a0")));
            }
        }
        Path file = tmp.resolve("corpus.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void ingest_learnsTheRepeatedFooter_removesIt_andStatsListsIt() throws IOException {
        assertEquals(0, run("index", corpus().toString()).code());
        JsonNode article = JSON.readTree(run("show", "--json", "a3").out());
        assertFalse(article.get("body").toString().contains("Abonnez-vous"), article.toString());
        CliRun stats = run("stats");
        assertTrue(stats.out().contains("    12  [site.example] " + FOOTER), stats.out());
        JsonNode json = JSON.readTree(run("stats", "--json").out());
        assertEquals(12, json.get("boilerplate_removed").get(0).get("articles").asInt());
    }

    @Test
    void similar_related_andCollapse_showTheReprint() throws IOException {
        run("index", corpus().toString());
        CliRun similar = run("similar", "a0-copy");
        assertEquals(0, similar.code(), similar.err());
        assertTrue(similar.out().startsWith("1 article\n") && similar.out().contains("a0 "), similar.out());
        JsonNode copy = JSON.readTree(run("show", "--json", "a0-copy").out());
        assertEquals("cluster", copy.get("date_source").asText());
        assertEquals("2021-05-01", copy.get("date").asText());
        // The text view says the date was inferred, like search results; a header date is shown as it is.
        assertTrue(run("show", "a0-copy").out().contains("2021-05-01 (day, from cluster) · "), run("show", "a0-copy").out());
        assertTrue(run("show", "a0").out().contains("2021-05-01 (day) · "), run("show", "a0").out());
        JsonNode related = JSON.readTree(run("related", "--json", "a0").out());
        for (JsonNode n : related.get("articles")) assertFalse(n.get("cluster").asText().equals("a0"), related.toString());
        CliRun collapsed = run("search", "--collapse", "moissonné Beauce");
        assertTrue(collapsed.out().contains("1 similar"), collapsed.out());
        JsonNode page = JSON.readTree(run("search", "--json", "--collapse", "moissonné Beauce").out());
        assertEquals(1, page.get("hits").get(0).get("similar").asInt());
    }

    @Test
    void unknownIds_exitOne_andBadLimits_exitTwo() throws IOException {
        run("index", corpus().toString());
        assertEquals(1, run("similar", "nope").code());
        assertEquals(1, run("related", "nope").code());
        CliRun bad = run("related", "--limit", "0", "a0");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertEquals(2, run("suggest", "--limit", "99", "pr").code());
    }

    @Test
    void suggest_completesFromTitlesAndWords_andSearchOffersACorrection() throws IOException {
        run("index", corpus().toString());
        CliRun suggest = run("suggest", "moisso");
        assertTrue(suggest.out().contains("term\tmoissonné"), suggest.out());
        CliRun titles = run("suggest", "rugb");
        assertTrue(titles.out().contains("title\tActualité : le match de rugby"), titles.out());
        CliRun search = run("search", "festivla");
        assertTrue(search.out().contains("Did you mean: festival"), search.out());
    }

    @Test
    void evalCommands_printTheirFigures() throws IOException {
        Path file = corpus();
        CliRun clusters = run("eval-clusters", file.toString());
        assertEquals(0, clusters.code(), clusters.err());
        assertTrue(clusters.out().contains("links: precision 1.0000 recall 1.0000"), clusters.out());
        CliRun dates = run("eval-dates", file.toString());
        assertEquals(0, dates.code(), dates.err());
        assertTrue(dates.out().contains("all undated:        12 articles, 0 dated"), dates.out());
        assertEquals(2, run("eval-clusters", tmp.resolve("missing.jsonl").toString()).code());
    }
}
