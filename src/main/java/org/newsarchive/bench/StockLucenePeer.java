package org.newsarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.newsarchive.Article;

/**
 * The floor under newsarchive: stock Lucene as a tutorial sets it up, measured in the same run on the same articles
 * and queries. One analysed field (title and body) with Lucene's own {@code FrenchAnalyzer}, the title and body
 * stored (PostgreSQL's table holds them too), a day number for the date filter and sort; one writer thread, the
 * default codec, merged into one segment like newsarchive's bulk import. Queries go through the classic query
 * parser (every word required, like {@code websearch_to_tsquery}) and {@code IndexSearcher.search(query, 10)}:
 * ranked ids of the first page, the work of PostgreSQL's timed query and of {@code ArchiveSearch.rankedIds}.
 *
 * <p>It shows what the engine alone costs on this machine, so that a ratio against PostgreSQL can be split into
 * what Lucene gives and what newsarchive's own work (five analysed fields, reprints, dates, exact totals, facets,
 * snippets) takes from it.
 */
final class StockLucenePeer {
    private static final String TEXT = "text";
    private static final String DAY = "day";
    /** Newest first, undated last (like newsarchive's and PostgreSQL's {@code date DESC NULLS LAST}). */
    private static final Sort NEWEST_FIRST = new Sort(newestFirst());

    /**
     * @param wallSeconds  adding every article, merging into one segment and committing
     * @param mergeSeconds of which the merge
     * @param topTen       ranked first-page ids per query type
     * @param outcomes     each query's exact match count and first-page ids (not timed), by query id
     */
    record Result(String notRun, long docs, double wallSeconds, double mergeSeconds, long indexBytes,
                  LuceneQueryBench.Timings topTen, Map<String, QueryOutcome> outcomes) {
        static Result notRun(String why) {
            return new Result(why, 0, 0, 0, 0, null, Map.of());
        }

        double docsPerSecond() {
            return docs / wallSeconds;
        }
    }

    private StockLucenePeer() {}

    static Result run(List<Article> articles, List<BenchQuery> queries, Path dir, int warmupRounds, int rounds) throws IOException {
        Analyzer analyzer = new org.apache.lucene.analysis.fr.FrenchAnalyzer();
        long t0 = System.nanoTime();
        double mergeSeconds;
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Article a : articles) writer.addDocument(document(a));
            long m0 = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            mergeSeconds = (System.nanoTime() - m0) / 1e9;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long size = org.newsarchive.index.ArchiveIndex.sizeOnDisk(dir);

        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<BenchQuery, Query> parsed = new LinkedHashMap<>();
            Map<String, QueryOutcome> outcomes = new LinkedHashMap<>();
            for (BenchQuery q : queries) {
                Query query = query(q, analyzer);
                parsed.put(q, query);
                List<String> ids = new java.util.ArrayList<>();
                for (ScoreDoc hit : topTen(searcher, query, q.byDate())) ids.add(searcher.storedFields().document(hit.doc).get("id"));
                outcomes.put(q.id(), new QueryOutcome(searcher.count(query), ids));
            }
            java.util.function.Consumer<BenchQuery> top = q -> topTen(searcher, parsed.get(q), q.byDate());
            LuceneQueryBench.warmUp(queries, warmupRounds, top);
            LuceneQueryBench.Timings timings = LuceneQueryBench.timed(queries, rounds, top);
            return new Result(null, articles.size(), wall, mergeSeconds, size, timings, outcomes);
        }
    }

    static Document document(Article a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new StoredField("title", a.title()));
        doc.add(new StoredField("body", a.bodyText()));
        doc.add(new TextField(TEXT, a.title() + "\n\n" + a.bodyText(), Field.Store.NO));
        if (a.date() != null) {
            int day = (int) a.date().start().toEpochDay();
            doc.add(new IntPoint(DAY, day));
            doc.add(new NumericDocValuesField(DAY, day));
        }
        return doc;
    }

    /** The bench query in the classic parser's syntax, which newsarchive's syntax is a dialect of; the date range as a filter. */
    static Query query(BenchQuery q, Analyzer analyzer) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query words;
        try {
            words = parser.parse(q.text());
        } catch (ParseException e) {
            throw new IllegalArgumentException("query " + q.id() + " does not parse for stock Lucene: " + e.getMessage(), e);
        }
        if (q.from() == null && q.to() == null) return words;
        int from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().start().toEpochDay();
        int to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().end().toEpochDay();
        return new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                .add(IntPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER).build();
    }

    private static SortField newestFirst() {
        SortField day = new SortField(DAY, SortField.Type.INT, true);
        day.setMissingValue(Integer.MIN_VALUE);
        return day;
    }

    private static ScoreDoc[] topTen(IndexSearcher searcher, Query query, boolean byDate) {
        try {
            TopDocs top = byDate ? searcher.search(query, 10, NEWEST_FIRST) : searcher.search(query, 10);
            return top.scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
