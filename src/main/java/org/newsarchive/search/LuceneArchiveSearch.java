package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.newsarchive.index.ArchiveIndex;
import org.newsarchive.index.ArticleDocuments;
import org.newsarchive.index.Fields;
import org.newsarchive.ingest.LanguageDetector;
import org.newsarchive.index.ReprintClusters;

/** {@link ArchiveSearch} over the embedded Lucene index, one searcher per request from its manager. */
public final class LuceneArchiveSearch implements ArchiveSearch {
    static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID_SORT, SortField.Type.STRING));
    static final Sort BY_DATE = byDate();

    /** No single search may hold a CPU longer than about this; past it the search stops and says so. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

    private final ArchiveIndex index;
    private final Duration timeout;
    private final QueryFactory queries;
    private final Snippets snippets;
    private final org.apache.lucene.search.similarities.Similarity similarity;
    private final Suggestions suggestions;
    /** Collapsed results look this far down the ranking for distinct clusters (pages deeper are cut short). */
    static final int COLLAPSE_WINDOW = 1000;

    public LuceneArchiveSearch(ArchiveIndex index, RankingConfig ranking) {
        this(index, ranking, DEFAULT_TIMEOUT);
    }

    /** @param timeout CPU time after which a search stops collecting and answers with what it found, flagged timed out */
    public LuceneArchiveSearch(ArchiveIndex index, RankingConfig ranking, Duration timeout) {
        this.index = index;
        this.timeout = timeout;
        this.similarity = ranking.similarity();
        // A query in one clear language prefers that language's articles (the model loads on the first such query).
        LanguageDetector detector = new LanguageDetector();
        this.queries = new QueryFactory(index.analyzers(), ranking, text -> {
            String lang = detector.detect(text).lang();
            return lang.equals(LanguageDetector.UNDETERMINED) ? null : lang;
        });
        this.snippets = new Snippets(index.analyzers());
        this.suggestions = new Suggestions(index);
    }

    /** Did-you-mean and completions over this index. */
    public Suggestions suggestions() {
        return suggestions;
    }

    public LuceneArchiveSearch(ArchiveIndex index) {
        this(index, RankingConfig.DEFAULT);
    }

    private static Sort byDate() {
        SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
        // Newest first, and undated articles last.
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, new SortField(Fields.ID_SORT, SortField.Type.STRING));
    }

    /**
     * The page of a request. A query of several words and no syntax finds the articles holding all of them; when
     * none does, and the request asks for hits (not a count: {@code size} 0 keeps the strict total), it is read
     * again as plain words, ranked by how many of them an article holds and how rare they are, and the page says so
     * ({@link SearchPage#relaxed}): a sentence pasted into the search box finds its article instead of nothing.
     * Cursors of a relaxed page carry the relaxed request's fingerprint, so its next page is relaxed at once.
     */
    @Override
    public SearchPage search(SearchRequest request) {
        if (!relaxable(request)) return searchAsIs(request);
        long started = System.nanoTime();
        SearchRequest relaxed = request.withPlain(true);
        SearchPage strict = null;
        if (request.cursor() == null || !Cursors.belongsTo(request.cursor(), fingerprint(relaxed))) {
            strict = searchAsIs(request);
            if (strict.total() > 0 || strict.timedOut()) return strict;
        }
        SearchPage page = searchAsIs(relaxed);
        // No article holds any of the words either: nothing was relaxed.
        if (page.total() == 0 && strict != null) return strict;
        return page.asRelaxed((System.nanoTime() - started) / 1e6);
    }

    /** Several words, no syntax, hits wanted: see {@link #search}. */
    static boolean relaxable(SearchRequest request) {
        return !request.plain() && request.size() > 0 && QueryFactory.isJustWords(request.query());
    }

    private SearchPage searchAsIs(SearchRequest request) {
        long started = System.nanoTime();
        return withSearcher(shared -> {
            // The query is built before the time limit starts: building may load the language model (about 2 s, once
            // per JVM), which is no query's own work and would leave a one-shot command's first search empty.
            QueryFactory.Built built = queries.build(request, indexedLanguages(shared.getIndexReader()));
            IndexSearcher searcher = timeLimited(shared);
            Query query = built.full();
            boolean byScore = request.sort() == SearchRequest.Sort.RELEVANCE;
            Sort sort = byScore ? BY_RELEVANCE : BY_DATE;
            int fingerprint = fingerprint(request);
            FieldDoc after = request.cursor() == null ? null : Cursors.decode(request.cursor(), fingerprint, byScore);
            int window = request.offset() + request.size();
            // One hit more than the page: tells whether a next page exists.
            int fetch = request.collapse() ? Math.max(COLLAPSE_WINDOW, window + 1) : window + 1;
            var top = new TopFieldCollectorManager(sort, fetch, after, Integer.MAX_VALUE);
            // A collapsed page shows clusters: its total counts them too.
            var both = request.collapse() ? new MultiCollectorManager(top, new FacetCounts(), new ClusterCount())
                    : new MultiCollectorManager(top, new FacetCounts());
            Object[] results = searcher.search(query, both);
            boolean timedOut = searcher.timedOut();
            TopDocs topDocs = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
            if (byScore) {
                // Sorting by score keeps the score in the sort values, not in ScoreDoc.score.
                for (ScoreDoc sd : topDocs.scoreDocs) sd.score = (Float) ((FieldDoc) sd).fields[0];
            } else {
                TopFieldCollector.populateScores(topDocs.scoreDocs, searcher, query);
            }

            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = topDocs.scoreDocs;
            long total = request.collapse() ? (Long) results[2] : topDocs.totalHits.value();
            String next = null;
            // Collapsing picks its hits among all the fetched ones; a plain page shows its window.
            int from = request.collapse() ? 0 : Math.min(request.offset(), docs.length);
            int[] shown = Arrays.stream(docs, from, request.collapse() ? docs.length : Math.min(docs.length, window))
                    .mapToInt(sd -> sd.doc).toArray();
            Snippets.ForQuery marks = snippets.forQuery(built.textByLanguage(), shown);
            if (request.collapse()) {
                Collapse.Page clusters = Collapse.firstPerCluster(searcher, query, sort, docs, docs.length < fetch, after != null,
                        request.offset(), request.size(), sd -> hit(searcher, marks, sd));
                hits = clusters.hits();
                next = clusters.more() ? Cursors.encode(fingerprint, clusters.last()) : null;
            } else {
                for (int i = request.offset(); i < Math.min(docs.length, window); i++) {
                    hits.add(hit(searcher, marks, docs[i]));
                }
                next = request.size() > 0 && docs.length > window
                        ? Cursors.encode(fingerprint, (FieldDoc) docs[window - 1]) : null;
            }
            // The suggestion gets a time budget of its own: a slow first correction must not mark the page partial.
            String suggestion = betterQuery(request, total, shared);
            double tookMs = (System.nanoTime() - started) / 1e6;
            return new SearchPage(request.query(), total, hits, facets, next, tookMs, timedOut, suggestion, false);
        });
    }

    @Override
    public List<String> rankedIds(SearchRequest request) {
        if (request.cursor() != null || request.collapse()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.PARAMETER, "ranked ids take offset and size, not a cursor or collapse");
        }
        return withSearcher(shared -> {
            Query query = queries.build(request, indexedLanguages(shared.getIndexReader())).full();
            IndexSearcher searcher = timeLimited(shared);
            int window = request.offset() + request.size();
            if (window == 0) return List.of();
            // Counting stops at the page: past it, Lucene skips blocks of articles that cannot outrank the page's last.
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(
                    request.sort() == SearchRequest.Sort.RELEVANCE ? BY_RELEVANCE : BY_DATE, window, null, window));
            List<String> ids = new ArrayList<>();
            for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                // Both sorts end with the id: the page's ids come with the sort values, no stored field is read.
                Object[] values = ((FieldDoc) top.scoreDocs[i]).fields;
                ids.add(((BytesRef) values[values.length - 1]).utf8ToString());
            }
            return ids;
        });
    }

    /** Work done with one searcher of the manager's. */
    private interface SearcherWork<T> {
        T run(IndexSearcher shared) throws IOException;
    }

    /** Runs {@code work} on an acquired searcher, releases it, and turns Lucene's failures into the seam's. */
    private <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher shared = acquire();
        try {
            return work.run(shared);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(shared);
        }
    }

    /** Lucene's clause limit, passed while the query is rewritten (words × fields × languages, prefixes expanded). */
    private static InvalidRequestException tooManyTerms() {
        return new InvalidRequestException(InvalidRequestException.Kind.QUERY,
                "query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + " after expansion)");
    }

    /**
     * A searcher of its own for this request over the shared reader: the time limit and the timed-out flag
     * live on the searcher, so sharing one between threads would mix up requests. Creating it costs little.
     */
    private IndexSearcher timeLimited(IndexSearcher shared) {
        IndexSearcher own = new IndexSearcher(shared.getIndexReader());
        own.setSimilarity(similarity);
        own.setTimeout(new CpuTimeLimit(timeout));
        return own;
    }

    /** The stored fields a hit shows; the rest (signature, metadata, credits, source...) is skipped, not decoded. */
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.LANG, Fields.BODY, Fields.DATE_SOURCE, Fields.CLUSTER);

    private SearchHit hit(IndexSearcher searcher, Snippets.ForQuery marks, ScoreDoc sd) throws IOException {
        Document doc = searcher.storedFields().document(sd.doc, HIT_FIELDS);
        String lang = doc.get(Fields.LANG);
        return new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.DATE), lang, sd.score,
                marks.snippet(searcher.getIndexReader(), sd.doc, lang, doc.get(Fields.TITLE), doc.get(Fields.BODY)),
                doc.get(Fields.DATE_SOURCE), ReprintClusters.clusterOf(doc), -1);
    }

    /**
     * A corrected query when a word is unknown to the whole archive (so it looks misspelled), or rare in a query that
     * found few articles ({@link Suggestions#MORE_POPULAR_RATIO}), and the correction finds articles: more than the
     * query itself when it found at most {@link Suggestions#FEW_HITS}, at least as many otherwise (another word of the
     * query matched on its own). Else null.
     */
    private String betterQuery(SearchRequest request, long total, IndexSearcher shared) throws IOException {
        String corrected = suggestions.didYouMean(request.query(), shared.getIndexReader(), total <= Suggestions.FEW_HITS);
        if (corrected == null) return null;
        try {
            Query q = queries.build(new SearchRequest(corrected, request.from(), request.to(), request.lang(), null, 0, 0, null,
                    request.plain()), indexedLanguages(shared.getIndexReader())).full();
            IndexSearcher searcher = timeLimited(shared);
            int found = searcher.count(q);
            if (searcher.timedOut()) return null;
            boolean better = total <= Suggestions.FEW_HITS ? found > total : found >= total;
            return found > 0 && better ? corrected : null;
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    /**
     * Ties a cursor to the request it pages: requests that differ in anything but the page position get different
     * cursors. Text forms only: an enum's (or a record holding one) hash code is an
     * identity hash that changes with every JVM, and a cursor must survive a restart of the service.
     */
    static int fingerprint(SearchRequest r) {
        return Objects.hash(r.query(), String.valueOf(r.from()), String.valueOf(r.to()), r.lang(), r.sort().name(),
                r.plain(), r.collapse());
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
            return Optional.of(new StoredArticle(ArticleDocuments.toArticle(doc), ArticleDocuments.ingested(doc),
                    doc.get(Fields.DATE_SOURCE), ReprintClusters.clusterOf(doc)));
        });
    }

    /**
     * The date of the oldest (or newest) dated article as it is written, at its precision: "2022-03" for a month,
     * not the first day of it. Articles are ordered by the first day their date covers.
     */
    private static String dateAtAnEnd(IndexSearcher searcher, boolean newest) throws IOException {
        Sort byStart = new Sort(new SortField(Fields.DATE_SORT, SortField.Type.LONG, newest));
        TopDocs top = searcher.search(new FieldExistsQuery(Fields.DATE_SORT), 1, byStart);
        if (top.scoreDocs.length == 0) return null;
        return searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.DATE)).get(Fields.DATE);
    }

    @Override
    public ArchiveStats stats() {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Map<String, Long> languages = search(new SearchRequest("", null, null, null, null, 0, 0, null, false))
                    .facets().get(Fields.LANG);
            long dated = searcher.count(new FieldExistsQuery(Fields.DATE_SORT));
            String oldest = dateAtAnEnd(searcher, false);
            String newest = dateAtAnEnd(searcher, true);
            return new ArchiveStats(reader.numDocs(), languages, oldest, newest, reader.numDocs() - dated, index.sizeOnDisk());
        });
    }

    /** Languages that have at least one article, read from the terms of the language field. */
    static TreeSet<String> indexedLanguages(IndexReader reader) throws IOException {
        TreeSet<String> langs = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.LANG);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) langs.add(t.utf8ToString());
        }
        return langs;
    }

    private IndexSearcher acquire() {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            // The manager hands out shared searchers; setting the same similarity every time is idempotent.
            searcher.setSimilarity(similarity);
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            index.searchers().release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
