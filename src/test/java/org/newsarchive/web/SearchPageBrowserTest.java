package org.newsarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;
import org.newsarchive.api.ApiApp;
import org.newsarchive.api.ApiConfig;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.ingest.LearnedBoilerplate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The search page in a real browser: Debian's Chromium, headless, driven through chromedriver. It is a test
 * like any other: without Chromium it fails (.ci/run installs it), it never skips.
 */
class SearchPageBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How long the page may take to answer; a wait, not a measurement. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static ArchiveIndex index;
    static Javalin app;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), "Chromium is missing: apt-get install chromium chromium-driver");
        assertTrue(Files.isExecutable(Path.of(CHROMEDRIVER)), "chromedriver is missing: apt-get install chromium-driver");
        index = ArchiveIndex.open(dir.resolve("index"), new Analyzers());
        for (Article a : fixture()) index.upsert(a);
        index.commit();
        learnedBoilerplate().save(index.path());
        app = ApiApp.create(index, ApiConfig.local(0, null)).start();
        base = "http://127.0.0.1:" + app.port();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1200,900", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (app != null) app.stop();
        if (index != null) index.close();
    }

    static final String FOOTER = "Abonnez-vous à notre lettre du soir pour tout savoir de la région";

    /** What an ingest of ten articles of one site, all with the same footer, learns and removes from them. */
    static LearnedBoilerplate learnedBoilerplate() {
        LearnedBoilerplate learned = new LearnedBoilerplate();
        List<Article> site = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            site.add(new Article("site" + i, "Nouvelle " + i, List.of("Texte " + i + ".", FOOTER), null, "fr", "journal.example",
                    null, null, null, null));
        }
        site.forEach(learned::observe);
        learned.learn();
        site.forEach(learned::clean);
        return learned;
    }

    /**
     * Articles over months with gaps, three languages (one right-to-left), 25 reprints of one cotton dispatch (for
     * paging and grouping), and two about the government, one dated only in its text.
     */
    static List<Article> fixture() {
        List<Article> list = new ArrayList<>(List.of(
                article("a1", "Coopération militaire entre Bamako et Moscou", "Le Mali a réceptionné des hélicoptères russes à Bamako.", PartialDate.ofDay(2022, 3, 15), "fr"),
                article("a3", "Bamako sous la pluie", "Des inondations ont touché Bamako en juin.", PartialDate.ofDay(2022, 6, 2), "fr"),
                article("a4", "Mali and Russia sign a defence deal", "Bamako signed an agreement with Moscow.", PartialDate.ofMonth(2021, 11), "en"),
                article("a5", "Chronique sans date", "Un texte sur Bamako dont la date est inconnue.", null, "fr"),
                article("a6", "مالي وروسيا توقعان اتفاقا", "وقعت باماكو اتفاقا مع موسكو.", PartialDate.ofDay(2022, 3, 20), "ar"),
                article("g1", "Remaniement du gouvernement", "Le gouvernement du Mali a été remanié.", PartialDate.ofMonth(2022, 5), "fr"),
                article("g2", "Le budget présenté", "Le gouvernement a présenté ce mardi 12 avril 2022 son budget aux députés.", null, "fr")));
        // One dispatch reprinted 25 times under numbered titles. The body is long enough (30 words) to be the
        // fingerprint alone: with a one-line body the numbered titles made the texts only 54 % alike, a hair over the
        // 0.5 clustering threshold, where the MinHash estimate may fall either side.
        String dispatch = "Le coton de Sikasso part vers le port de Dakar, où les négociants attendent la récolte de la "
                + "saison; les camions chargés de balles de fibre blanche traversent la région depuis lundi, selon les "
                + "producteurs de la filière du sud du Mali.";
        for (int i = 0; i < 25; i++) {
            list.add(article("c" + i, "Récolte de coton " + i, dispatch, PartialDate.ofMonth(2019, 1 + i % 12), "fr"));
        }
        return list;
    }

    static Article article(String id, String title, String body, PartialDate date, String lang) {
        return new Article(id, title, List.of(body), date, lang, "Agence test", null, null, List.of("Photo : Agence test"), java.util.Map.of());
    }

    static <T> T waitFor(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.get();
                if (value != null && !Boolean.FALSE.equals(value)) return value;
            } catch (RuntimeException e) {
                last = e; // the page is redrawing: try again
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; status line: '"
                + browser.findElement(By.id("etat")).getText() + "'", last);
    }

    static void waitForStatus(String expectedStart) {
        waitFor("status '" + expectedStart + "'", () -> browser.findElement(By.id("etat")).getText().startsWith(expectedStart));
    }

    static void search(String query) {
        browser.get(base + "/");
        waitForStatus("32 résultats");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(query);
    }

    static List<String> titles() {
        return browser.findElements(By.cssSelector("#liste .titre")).stream().map(WebElement::getText).toList();
    }

    static void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void typing_showsHighlightedResults_countAndTime() throws IOException {
        search("bamako");
        waitForStatus("4 résultats (");
        assertTrue(browser.findElement(By.id("etat")).getText().matches("4 résultats \\([0-9.,]+ ms\\)"));
        List<WebElement> marks = browser.findElements(By.cssSelector("#liste .extrait mark"));
        assertEquals(4, marks.size());
        assertEquals("Bamako", marks.get(0).getText());
        assertEquals("auto", browser.findElement(By.cssSelector("#liste .titre")).getDomAttribute("dir"));
        assertTrue(browser.getCurrentUrl().endsWith("?q=bamako"), browser.getCurrentUrl());
        screenshot("search-page.png");
    }

    @Test
    void histogram_drawsEveryMonth_andClickingABarFiltersByIt() {
        search("bamako");
        waitForStatus("4 résultats");
        List<WebElement> bars = waitFor("8 bars", () -> {
            var found = browser.findElements(By.cssSelector("#histogramme .barre"));
            return found.size() == 8 ? found : null;
        });
        // November 2021 to June 2022: eight months, of which only three have articles.
        assertEquals("2021-11", bars.get(0).getDomAttribute("data-mois"));
        assertEquals("2022-06", bars.get(7).getDomAttribute("data-mois"));
        assertEquals(5, browser.findElements(By.cssSelector("#histogramme .barre.vide")).size());
        WebElement march = browser.findElement(By.cssSelector("#histogramme .barre[data-mois='2022-03']"));
        assertEquals("mars 2022 : 1 article", march.getDomAttribute("title"));
        march.click();
        waitForStatus("1 résultat (");
        assertEquals(List.of("Coopération militaire entre Bamako et Moscou"), titles());
        assertEquals("Mois : mars 2022 ×", browser.findElement(By.cssSelector("#filtres button")).getText());
        // The other months stay on the histogram, the chosen one marked.
        assertEquals(8, browser.findElements(By.cssSelector("#histogramme .barre")).size());
        assertEquals("2022-03", browser.findElement(By.cssSelector("#histogramme .barre.active")).getDomAttribute("data-mois"));
        browser.findElement(By.cssSelector("#filtres button")).click();
        waitForStatus("4 résultats");
    }

    @Test
    void clickingALanguageOrYearFacet_filtersToItsCount() {
        search("bamako");
        waitForStatus("4 résultats");
        WebElement english = browser.findElement(By.cssSelector("#langues button[data-valeur='en']"));
        assertEquals("1", english.getDomAttribute("data-nombre"));
        english.click();
        waitForStatus("1 résultat (");
        assertEquals(List.of("Mali and Russia sign a defence deal"), titles());
        assertEquals("true", browser.findElement(By.cssSelector("#langues button[data-valeur='en']")).getDomAttribute("aria-pressed"));
        browser.findElement(By.cssSelector("#langues button[data-valeur='en']")).click();
        waitForStatus("4 résultats");
        WebElement year = browser.findElement(By.cssSelector("#annees button[data-valeur='2022']"));
        assertEquals("2", year.getDomAttribute("data-nombre"));
        year.click();
        waitForStatus("2 résultats (");
    }

    @Test
    void sortToggle_ordersByDate_newestFirst() {
        search("bamako");
        waitForStatus("4 résultats");
        browser.findElement(By.cssSelector("input[name='tri'][value='date']")).click();
        waitFor("date order", () -> titles().equals(List.of("Bamako sous la pluie", "Coopération militaire entre Bamako et Moscou",
                "Mali and Russia sign a defence deal", "Chronique sans date")));
    }

    @Test
    void moreResults_appendsTheNextPage_withTheCursor() {
        search("coton");
        waitForStatus("25 résultats");
        assertEquals(20, titles().size());
        WebElement more = browser.findElement(By.id("plus"));
        assertTrue(more.isDisplayed());
        more.click();
        waitFor("25 hits", () -> titles().size() == 25);
        assertFalse(browser.findElement(By.id("plus")).isDisplayed());
        assertEquals(25, titles().stream().distinct().count());
    }

    @Test
    void article_opensWithEnter_showsFullTextDatePrecisionSourceAndCredits_andClosesWithEscape() throws IOException {
        search("defence");
        waitForStatus("1 résultat");
        // Keyboard only: Enter on the focused title opens the article, Escape closes it.
        browser.findElement(By.cssSelector("#liste .titre")).sendKeys(Keys.ENTER);
        WebElement view = waitFor("article view", () -> {
            WebElement v = browser.findElement(By.id("article"));
            return v.isDisplayed() ? v : null;
        });
        assertEquals("Mali and Russia sign a defence deal", browser.findElement(By.id("article-titre")).getText());
        assertEquals("novembre 2021 (au mois près) · anglais · source : Agence test", browser.findElement(By.id("article-meta")).getText());
        assertEquals("Bamako signed an agreement with Moscow.", browser.findElement(By.id("article-corps")).getText());
        assertEquals("Crédit : Photo : Agence test", browser.findElement(By.id("article-credits")).getText());
        // The article is a modal dialog: the page behind is inert, so Tab and Shift+Tab never reach a hit behind it.
        assertEquals(Boolean.TRUE, browser.executeScript("return document.querySelector('header').inert"
                + " && document.querySelector('.colonnes').inert && document.querySelector('.skip').inert"));
        for (CharSequence key : List.of(Keys.chord(Keys.SHIFT, Keys.TAB), Keys.chord(Keys.SHIFT, Keys.TAB), Keys.TAB, Keys.TAB, Keys.TAB)) {
            new Actions(browser).sendKeys(key).perform();
            assertEquals(Boolean.FALSE, browser.executeScript("const a = document.activeElement;"
                    + " return a !== document.body && !document.getElementById('article').contains(a);"), "focus left the article");
        }
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor("article closed", () -> !view.isDisplayed());
        // Focus goes back to the hit that opened it, so keyboard users keep their place.
        assertEquals("Mali and Russia sign a defence deal", browser.switchTo().activeElement().getText());
        assertEquals(Boolean.FALSE, browser.executeScript("return document.querySelector('header').inert"));
    }

    @Test
    void queryErrorsWhileTyping_saySoInFrench() {
        search("\"coopération mili");
        waitForStatus("Expression entre guillemets non refermée : fermez le guillemet pour lancer la recherche.");
        browser.findElement(By.id("q")).sendKeys("taire\"");
        waitForStatus("1 résultat (");
        search("(mali");
        waitForStatus("Parenthèses non appariées");
        search("title:");
        waitForStatus("Il manque un mot après « : »");
    }

    @Test
    void monthFilter_saysHowManyMatchesAreDatedOnlyByTheirYear() throws IOException {
        index.upsert(article("y1", "Bilan de l'année à Bamako", "Une année de pluies à Bamako.", PartialDate.ofYear(2022), "fr"));
        index.commit();
        try {
            browser.get(base + "/?q=bamako");
            waitForStatus("5 résultats");
            WebElement march = waitFor("March bar", () -> browser.findElement(By.cssSelector("#histogramme .barre[data-mois='2022-03']")));
            assertEquals("mars 2022 : 1 article", march.getDomAttribute("title"));
            march.click();
            waitForStatus("2 résultats (");
            assertTrue(browser.findElement(By.id("etat")).getText().endsWith(
                    " — dont 1 article daté seulement de l’année, en fin de liste si vous triez par date."),
                    browser.findElement(By.id("etat")).getText());
        } finally {
            index.delete("y1");
            index.commit();
        }
    }

    @Test
    void page_fitsA360PixelScreen_withoutHorizontalScroll() throws IOException {
        Dimension wide = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(360, 740));
            search("bamako");
            waitForStatus("4 résultats");
            Number overflow = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue());
            screenshot("search-page-360.png");
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    @Test
    void misspelledQuery_offersACorrection_thatSearchesWhenClicked() {
        search("gouvernemant");
        waitForStatus("Aucun résultat pour « gouvernemant ».");
        WebElement link = waitFor("did-you-mean link", () -> browser.findElement(By.cssSelector("#suggestion a")));
        assertEquals("Vouliez-vous dire : gouvernement ?", browser.findElement(By.id("suggestion")).getText());
        link.click();
        waitForStatus("2 résultats (");
        assertEquals("gouvernement", browser.findElement(By.id("q")).getDomProperty("value"));
        assertFalse(browser.findElement(By.id("suggestion")).isDisplayed());
    }

    @Test
    void wordsNoArticleHoldsAll_showTheArticlesHoldingSome_andSaySo() {
        search("bamako pingouins");
        waitForStatus("4 résultats (");
        assertTrue(browser.findElement(By.id("etat")).getText()
                .endsWith("aucun article ne contient tous ces mots : ceux qui en contiennent le plus d’abord."),
                browser.findElement(By.id("etat")).getText());
        assertEquals(4, browser.findElements(By.cssSelector("#liste .extrait mark")).size());
    }

    @Test
    void inferredDates_sayWhereTheyCameFrom_andTheFacetCountsUndated() {
        search("budget");
        waitForStatus("1 résultat (");
        assertEquals("avril 2022 (déduite du texte) · français", browser.findElement(By.cssSelector("#liste .meta")).getText());
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("bamako");
        waitForStatus("4 résultats");
        WebElement undated = waitFor("date source facet", () -> browser.findElement(By.cssSelector("#sources-date li[data-valeur='none']")));
        assertEquals("sans date 1", undated.getText());
        assertEquals("en-tête 3", browser.findElement(By.cssSelector("#sources-date li[data-valeur='header']")).getText());
    }

    @Test
    void groupingReprints_showsOneHitWithItsSimilarCount_andListsThem() {
        search("coton");
        waitForStatus("25 résultats");
        browser.findElement(By.id("regrouper")).click();
        waitFor("one grouped hit", () -> titles().size() == 1);
        assertTrue(browser.getCurrentUrl().contains("collapse=cluster"), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.id("plus")).isDisplayed());
        WebElement similar = browser.findElement(By.cssSelector("#liste .similaires"));
        assertEquals("24 similaires", similar.getText());
        similar.click();
        List<WebElement> reprints = waitFor("24 reprints listed", () -> {
            var found = browser.findElements(By.cssSelector("#liste .reprises li button"));
            return found.size() == 24 ? found : null;
        });
        assertTrue(reprints.get(0).getText().startsWith("Récolte de coton "), reprints.get(0).getText());
        browser.findElement(By.id("regrouper")).click();
        waitFor("20 hits again", () -> titles().size() == 20);
        assertTrue(browser.findElements(By.cssSelector("#liste .similaires")).isEmpty());
    }

    /** Searches, waits for the status line and opens the first hit's article view. */
    static void openFirstHit(String query, String expectedStatus) {
        search(query);
        waitForStatus(expectedStatus);
        browser.findElement(By.cssSelector("#liste .titre")).click();
    }

    /** Waits until the article view's list {@code sectionId} shows {@code size} buttons (any, when negative). */
    static List<WebElement> waitForArticleList(String sectionId, int size) {
        return waitFor(sectionId + " list", () -> {
            var found = browser.findElements(By.cssSelector("#" + sectionId + " li button"));
            boolean sized = size < 0 ? !found.isEmpty() : found.size() == size;
            return browser.findElement(By.id(sectionId)).isDisplayed() && sized ? found : null;
        });
    }

    /** Clicks a listed article's button and waits until the article view shows that article. */
    static void clickAndSeeItsArticle(WebElement button) {
        String title = button.getText();
        button.click();
        waitFor("article '" + title + "' opened", () -> browser.findElement(By.id("article-titre")).getText().equals(title));
    }

    @Test
    void articleView_listsTheArticlesReprints_apartFromTheRelatedOnes() {
        openFirstHit("coton", "25 résultats");
        List<WebElement> reprints = waitForArticleList("article-reprises", 24);
        assertEquals("Reprises de cet article", browser.findElement(By.id("reprises-titre")).getText());
        String opened = browser.findElement(By.id("article-titre")).getText();
        assertTrue(reprints.stream().noneMatch(b -> b.getText().equals(opened)), "the article is not its own reprint");
        List<String> related = browser.findElements(By.cssSelector("#article-lies li button")).stream()
                .map(b -> b.getText()).toList();
        assertTrue(related.stream().noneMatch(t -> t.startsWith("Récolte de coton ")), related.toString());
        clickAndSeeItsArticle(reprints.get(3));
        browser.findElement(By.id("fermer")).click();
    }

    @Test
    void articleView_withoutReprints_showsNoReprintList() {
        openFirstHit("moscou", "1 résultat");
        waitForArticleList("article-lies", -1);
        assertFalse(browser.findElement(By.id("article-reprises")).isDisplayed());
        browser.findElement(By.id("fermer")).click();
    }

    @Test
    void articleView_listsRelatedArticles_thatOpenWhenClicked() {
        openFirstHit("moscou", "1 résultat");
        List<WebElement> related = waitForArticleList("article-lies", -1);
        assertEquals("Articles liés", browser.findElement(By.id("lies-titre")).getText());
        List<String> ids = related.stream().map(b -> b.getDomAttribute("data-id")).toList();
        assertFalse(ids.contains("a1"), ids.toString());
        assertTrue(ids.contains("a3") || ids.contains("a5"), ids.toString());
        clickAndSeeItsArticle(related.get(0));
        browser.findElement(By.id("fermer")).click();
    }

    @Test
    void archiveDialog_showsTheFiguresAndTheLearnedLines_andClosesWithEscape() {
        search("bamako");
        waitForStatus("4 résultats");
        WebElement button = browser.findElement(By.id("a-propos"));
        button.sendKeys(Keys.ENTER);
        WebElement dialog = waitFor("archive dialog", () -> {
            WebElement d = browser.findElement(By.id("archive"));
            return d.isDisplayed() && !browser.findElement(By.id("archive-lignes")).getText().isEmpty() ? d : null;
        });
        int articles = fixture().size();
        assertTrue(browser.findElement(By.id("archive-chiffres")).getText().startsWith(articles + " articles, de janvier 2019 à "),
                browser.findElement(By.id("archive-chiffres")).getText());
        String line = browser.findElement(By.cssSelector("#archive-lignes li")).getText();
        assertTrue(line.contains(FOOTER) && line.endsWith(" — journal.example, retirée de 10 articles"), line);
        assertEquals(Boolean.TRUE, browser.executeScript("return document.querySelector('header').inert"
                + " && document.querySelector('footer').inert && !document.getElementById('archive').inert"));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor("archive closed", () -> !dialog.isDisplayed());
        assertEquals("a-propos", browser.switchTo().activeElement().getDomAttribute("id"));
        assertEquals(Boolean.FALSE, browser.executeScript("return document.querySelector('header').inert"));
    }

    @Test
    void typing_offersCompletionsUnderTheSearchBox() {
        search("sikas");
        List<String> options = waitFor("completions", () -> {
            List<String> values = browser.findElements(By.cssSelector("#completions option")).stream()
                    .map(o -> o.getDomAttribute("value")).toList();
            return values.isEmpty() ? null : values;
        });
        assertTrue(options.contains("sikasso"), options.toString());
    }
}
