package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.newsarchive.Article;
import org.newsarchive.ingest.LanguageSamples;

/** The words and pairs the writer indexes for each language are exactly those the query side analyses. */
class IndexedTermsTest {
    private final Analyzers analyzers = new Analyzers();

    @Test
    void indexedWordsAndPairs_equalTheQueryAnalysis_inEveryLanguageSample() throws IOException {
        for (String lang : LanguageSamples.LANGUAGES) {
            List<Article> articles = LanguageSamples.articles(lang).subList(0, 20);
            for (Article a : articles) {
                Article inLang = a.withLang(lang);
                String text = inLang.title() + "\n\n" + inLang.bodyText();
                Map<String, Integer> expected = counts(analyzers.pairsForLanguage(lang), Fields.pairs(lang), text);
                assertFalse(expected.isEmpty(), a.id());
                assertEquals(expected, indexedCounts(inLang, Fields.pairs(lang)), lang + " " + a.id());
                assertEquals(counts(analyzers.forLanguage(lang), Fields.text(lang), text),
                        indexedCounts(inLang, Fields.text(lang)), lang + " " + a.id());
            }
        }
    }

    private Map<String, Integer> indexedCounts(Article a, String field) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzers.perField()))) {
                w.addDocument(ArticleDocuments.toDocument(a, Instant.EPOCH, analyzers));
            }
            Map<String, Integer> counts = new TreeMap<>();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                Terms terms = MultiTerms.getTerms(r, field);
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) counts.put(t.utf8ToString(), (int) te.totalTermFreq());
            }
            return counts;
        }
    }

    private static Map<String, Integer> counts(Analyzer analyzer, String field, String text) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) counts.merge(term.toString(), 1, Integer::sum);
            ts.end();
        }
        return counts;
    }
}
