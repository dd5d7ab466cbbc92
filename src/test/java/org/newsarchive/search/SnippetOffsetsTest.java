package org.newsarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.Article;
import org.newsarchive.index.Analyzers;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.ArticleDocuments;
import org.newsarchive.index.Fields;
import org.newsarchive.index.Indexer;

/**
 * Snippets marked from the offsets kept in the text field's postings: the title part of that field never makes a
 * passage, body offsets land on the right words, and an index whose text field has no offsets still gets marks
 * (by analysis) and still takes new articles.
 */
class SnippetOffsetsTest {
    @TempDir
    Path dir;

    @Test
    void aWordOnlyInTheTitle_marksNothing_andTheBodyStartIsShown() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            write(index, new Article("t1", "Hélicoptères livrés à Bamako", List.of("Le matériel est arrivé mardi.", "Les militaires l’ont reçu."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            assertTrue(textFieldKeepsOffsets(index.path()));
            SearchPage page = new LuceneArchiveSearch(index).search(SearchRequest.of("hélicoptère"));
            assertEquals(1, page.total());
            assertEquals("Le matériel est arrivé mardi.", page.hits().get(0).snippet());
        }
    }

    @Test
    void bodyMatches_areMarkedOnTheirWholeWords_afterTheTitle() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            // A title with its own match and accented letters: any error in the shift would move the marks.
            write(index, new Article("b1", "L’armée française et l’armée malienne", List.of(
                    "Rien à signaler ici.", "Selon l’état-major, l’armée a quitté la base « Élysée » à l’aube."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            SearchPage page = new LuceneArchiveSearch(index).search(SearchRequest.of("armées aube"));
            assertEquals("Selon l’état-major, l’<mark>armée</mark> a quitté la base « Élysée » à l’<mark>aube</mark>.",
                    page.hits().get(0).snippet());
            SearchPage phrase = new LuceneArchiveSearch(index).search(SearchRequest.of("\"quitté la base\""));
            assertEquals("Selon l’état-major, l’armée a <mark>quitté</mark> la <mark>base</mark> « Élysée » à l’aube.",
                    phrase.hits().get(0).snippet());
        }
    }

    @Test
    void phraseWords_areMarkedWhereThePhraseMatches_unlessTheQueryAlsoAsksThemAlone() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            write(index, new Article("p1", "Le port", List.of("La base navale est loin. Les soldats ont quitté la base hier, puis quitté la ville."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            LuceneArchiveSearch search = new LuceneArchiveSearch(index);
            java.util.function.Function<String, String> snippet = q -> search.search(SearchRequest.of(q)).hits().get(0).snippet();
            // Exact phrases are marked from the postings (ExactPhraseOffsets), the stop word's gap included.
            assertEquals("Les soldats ont <mark>quitté</mark> la <mark>base</mark> hier, puis quitté la ville.", snippet.apply("\"quitté la base\""));
            assertEquals("Les soldats ont <mark>quitté</mark> la <mark>base</mark> hier, puis quitté la <mark>ville</mark>.",
                    snippet.apply("\"quitté la base\" ville"));
            assertEquals("Les soldats ont <mark>quitté</mark> la <mark>base</mark> hier, puis <mark>quitté</mark> la ville.",
                    snippet.apply("\"quitté la base\" quitté"));
            // A sloppy phrase is Lucene's phrase helper's: the second "quitté", three words after "base", is in reach too.
            assertEquals("Les soldats ont <mark>quitté</mark> la <mark>base</mark> hier, puis <mark>quitté</mark> la ville.",
                    snippet.apply("\"quitté base\"~3"));
            // A phrase that must not match marks nothing.
            assertEquals("Les soldats ont quitté la base hier, puis quitté la <mark>ville</mark>.", snippet.apply("ville -\"base aérienne\""));
        }
    }

    @Test
    void aPrefixOfACommonWord_marksEveryWordItMatches() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            write(index, new Article("c1", "Le port", List.of("Rien ici.", "Le commerce reprend, comme prévu, et les commerçants commentent."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            assertEquals("Le <mark>commerce</mark> reprend, <mark>comme</mark> prévu, et les <mark>commerçants</mark> <mark>commentent</mark>.",
                    new LuceneArchiveSearch(index).search(SearchRequest.of("comme*")).hits().get(0).snippet());
        }
    }

    @Test
    void aPrefixMatchingMoreWordsThanAreExpanded_marksTheMostFrequentOnes() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            // More distinct words than are expanded, each in one article; "interview" in five.
            int words = Snippets.MAX_EXPANDED_WORDS + 40;
            for (int i = 0; i < words; i++) {
                write(index, new Article("w" + i, "Titre " + i, List.of("Rien ici.", "Un mot rare : inter" + letters(i) + " seulement."),
                        null, "fr", null, null, null, null, null));
            }
            for (int i = 0; i < 5; i++) {
                write(index, new Article("v" + i, "Entretien " + i, List.of("Rien ici.", "Une interview " + letters(i) + " a eu lieu."),
                        null, "fr", null, null, null, null, null));
            }
            index.commit();
            SearchPage page = new LuceneArchiveSearch(index).search(SearchRequest.of("inter* entretien"));
            assertEquals(5, page.total());
            assertTrue(page.hits().stream().allMatch(h -> h.snippet().contains("<mark>interview</mark>")),
                    page.hits().stream().map(SearchHit::snippet).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void expandedWords_areMarkedOnAndOffThePage() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            write(index, new Article("h1", "Livraison", List.of("Rien ici.", "Les hélicoptères sont arrivés."), null, "fr", null, null, null, null, null));
            index.commit();
            var query = new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term(Fields.folded("fr"), "helicopt"));
            var searcher = index.searchers().acquire();
            try {
                var reader = searcher.getIndexReader();
                Snippets snippets = new Snippets(new Analyzers());
                String title = "Livraison", body = "Rien ici.\n\nLes hélicoptères sont arrivés.";
                assertEquals("Les <mark>hélicoptères</mark> sont arrivés.",
                        snippets.forQuery(Map.of("fr", query), new int[] {0}).snippet(reader, 0, "fr", title, body));
                assertEquals("Les <mark>hélicoptères</mark> sont arrivés.",
                        snippets.forQuery(Map.of("fr", query), new int[0]).snippet(reader, 0, "fr", title, body), "off the page");
            } finally {
                index.searchers().release(searcher);
            }
        }
    }

    /** Letters only ("baa", "bab"...): digits would make other tokens. */
    private static String letters(int i) {
        return "" + (char) ('b' + i / 26 / 26 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    @Test
    void anIndexWhoseTextFieldHasNoOffsets_takesNewArticles_andStillMarksSnippets() throws IOException {
        Analyzers analyzers = new Analyzers();
        Article old = new Article("old", "Coopération militaire", List.of("Un accord de coopération militaire est signé."),
                null, "fr", null, null, null, null, null);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzers.perField()))) {
            w.addDocument(ArticleDocuments.toDocument(old, Instant.EPOCH, ArticleDocuments.Extras.alone(old), null, false, analyzers));
        }
        try (ArchiveIndex index = ArchiveIndex.open(dir, analyzers)) {
            // Lucene would refuse this article if it were written with offsets into the older field.
            write(index, new Article("new", "Nouvelle coopération", List.of("La coopération militaire reprend."),
                    null, "fr", null, null, null, null, null));
            index.commit();
            assertFalse(textFieldKeepsOffsets(index.path()));
            SearchPage page = new LuceneArchiveSearch(index).search(SearchRequest.of("coopération"));
            Map<String, String> snippets = page.hits().stream().collect(Collectors.toMap(SearchHit::id, SearchHit::snippet));
            assertEquals(Map.of("old", "Un accord de <mark>coopération</mark> militaire est signé.",
                    "new", "La <mark>coopération</mark> militaire reprend."), snippets);
            SearchPage prefix = new LuceneArchiveSearch(index).search(SearchRequest.of("coopér*"));
            assertEquals(Map.of("old", "Un accord de <mark>coopération</mark> militaire est signé.",
                    "new", "La <mark>coopération</mark> militaire reprend."),
                    prefix.hits().stream().collect(Collectors.toMap(SearchHit::id, SearchHit::snippet)));
        }
    }

    @Test
    void prefixAndFuzzyTerms_standForTheSegmentsWords_andAreMarkedFromThePostings() throws IOException {
        try (ArchiveIndex index = ArchiveIndex.open(dir, new Analyzers())) {
            StringBuilder many = new StringBuilder("Les hélicoptères sont arrivés. Le gouvernement a parlé.");
            for (int i = 0; i < 70; i++) many.append(" Episode").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append('.');
            write(index, new Article("p1", "Livraison", List.of(many.toString()), null, "fr", null, null, null, null, null));
            index.commit();
            LuceneArchiveSearch search = new LuceneArchiveSearch(index);
            assertEquals("Les <mark>hélicoptères</mark> sont arrivés.", search.search(SearchRequest.of("hélicopt*")).hits().get(0).snippet());
            assertEquals("Le <mark>gouvernement</mark> a parlé.", search.search(SearchRequest.of("gouvernemant~1")).hits().get(0).snippet());
            var searcher = index.searchers().acquire();
            try {
                var segment = searcher.getIndexReader().leaves().get(0).reader();
                java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
                assertTrue(new Snippets(new Analyzers()).expandInto(new org.apache.lucene.search.PrefixQuery(
                        new org.apache.lucene.index.Term(Fields.folded("fr"), "helicopt")), "fr", segment, terms));
                assertEquals(java.util.Set.of(new org.apache.lucene.index.Term(Fields.text("fr"), "helicopter")), terms);
                // 70 words start with "episode": all are expanded, into 67 stems (light stemming joins a few endings).
                java.util.Set<org.apache.lucene.index.Term> episodes = new java.util.HashSet<>();
                assertTrue(new Snippets(new Analyzers()).expandInto(new org.apache.lucene.search.PrefixQuery(
                        new org.apache.lucene.index.Term(Fields.folded("fr"), "episode")), "fr", segment, episodes));
                assertEquals(67, episodes.size());
                assertTrue(episodes.stream().allMatch(t -> t.field().equals(Fields.text("fr")) && t.text().startsWith("episode")), episodes.toString());
            } finally {
                index.searchers().release(searcher);
            }
            assertTrue(search.search(SearchRequest.of("episode*")).hits().get(0).snippet().contains("<mark>Episode"));
        }
    }

    private static void write(ArchiveIndex index, Article a) throws IOException {
        new Indexer(index, "fr", null).write(a);
    }

    private static boolean textFieldKeepsOffsets(Path path) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path))) {
            boolean all = true;
            for (LeafReaderContext leaf : reader.leaves()) {
                var info = leaf.reader().getFieldInfos().fieldInfo(Fields.text("fr"));
                all &= info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
            }
            return all;
        }
    }
}
