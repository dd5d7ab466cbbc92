package org.newsarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsarchive.Article;
import org.newsarchive.PartialDate;

/**
 * The on-disk Lucene index: one writer, and a {@link SearcherManager} handing one searcher per request
 * (near-real-time, so writes are searchable after {@link #refresh()} without a commit).
 */
public final class ArchiveIndex implements Closeable {

    /** What an upsert did. */
    public enum Outcome { ADDED, REPLACED }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzers analyzers;
    /** Ids written since the last refresh: the searcher cannot see them yet. */
    private final Set<String> pendingIds = new HashSet<>();
    /**
     * Text fields this index already holds without offsets (written before snippets read them from the postings):
     * Lucene refuses to change a field's index options, so new articles keep writing those fields the old way.
     */
    private final Set<String> textFieldsWithoutOffsets = new HashSet<>();
    /** Reprint clusters and inferred dates, decided as each article is written; null when read-only. */
    private final ReprintsAndDates reprintsAndDates;

    /** How a read-only index reads its files: memory-mapped (the default), or with plain reads for one command. */
    private enum Reads { MAPPED, PLAIN }

    private ArchiveIndex(Path path, Analyzers analyzers, boolean writable, Reads reads) throws IOException {
        this.path = path;
        this.analyzers = analyzers;
        if (writable) Files.createDirectories(path);
        this.directory = reads == Reads.PLAIN ? new NIOFSDirectory(path) : FSDirectory.open(path);
        this.reprintsAndDates = writable ? new ReprintsAndDates() : null;
        if (!writable) {
            this.writer = null;
            this.searchers = new SearcherManager(directory, null);
            return;
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Bulk ingest: a larger buffer flushes fewer, bigger segments, so less merging; plain files skip
                // the extra copy into a compound file at every flush and merge (an index has few segments anyway).
                .setCodec(new ArchiveCodec())
                .setRAMBufferSizeMB(ramBufferMb())
                .setUseCompoundFile(false);
        config.getMergePolicy().setNoCFSRatio(0.0);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException(path);
        }
        // An empty index still gets a first commit so that readers can open it.
        if (!DirectoryReader.indexExists(directory)) writer.commit();
        this.searchers = new SearcherManager(writer, null);
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                for (FieldInfo info : leaf.reader().getFieldInfos()) {
                    if (Fields.isText(info.name) && !ArticleDocuments.keepsOffsets(info)) {
                        textFieldsWithoutOffsets.add(info.name);
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** 256 MB when the heap allows, never more than an eighth of it (a small heap must not run out at ingest). */
    private static double ramBufferMb() {
        return Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));
    }

    /** Opens the index at {@code path} for writing, creating it when absent. Takes the write lock. */
    public static ArchiveIndex open(Path path, Analyzers analyzers) throws IOException {
        return new ArchiveIndex(path, analyzers, true, Reads.MAPPED);
    }

    /** Opens an existing index for searching only: no lock, so it works beside a running writer. */
    public static ArchiveIndex openReadOnly(Path path, Analyzers analyzers) throws IOException {
        return new ArchiveIndex(path, analyzers, false, Reads.MAPPED);
    }

    /**
     * As {@link #openReadOnly}, for a command that runs a few searches and exits (the CLI's search, show, stats...):
     * files are read with positional reads ({@link NIOFSDirectory}) instead of memory-mapped. The first
     * {@code MMapDirectory} of a JVM links native {@code madvise} calls through the FFM API, about 40 ms of a
     * one-shot command's start here, which a few queries never win back.
     */
    public static ArchiveIndex openForOneCommand(Path path, Analyzers analyzers) throws IOException {
        return new ArchiveIndex(path, analyzers, false, Reads.PLAIN);
    }

    public boolean isWritable() {
        return writer != null;
    }

    private IndexWriter writer() {
        if (writer == null) throw new IllegalStateException("index opened read-only");
        return writer;
    }

    /**
     * True when {@code path} holds a Lucene index: a commit point among its files, as
     * {@link DirectoryReader#indexExists} decides, without opening a {@link Directory} (the first mapped one costs
     * a one-shot command tens of milliseconds, see {@link #openForOneCommand}).
     */
    public static boolean exists(Path path) {
        if (!Files.isDirectory(path)) return false;
        try {
            return SegmentInfos.getLastCommitGeneration(FSDirectory.listAll(path)) != -1;
        } catch (IOException e) {
            return false;
        }
    }

    public Analyzers analyzers() {
        return analyzers;
    }

    public Path path() {
        return path;
    }

    /** Adds the article, or replaces the one with the same id. Its language must be decided already. */
    public Outcome upsert(Article article) throws IOException {
        return upsert(article, null);
    }

    /** As {@link #upsert(Article)}, with the confidence of a detected language (null when the source gave it). */
    public synchronized Outcome upsert(Article article, Double langConfidence) throws IOException {
        PreparedWrite prepared = prepare(article, langConfidence);
        write(prepared);
        return prepared.outcome();
    }

    /** An article's document, ready to be written by {@link #write}, and whether it replaces one. */
    public record PreparedWrite(String id, Document doc, Outcome outcome) {}

    /**
     * Everything of an upsert but the write: the article's cluster and date (which depend on the articles before
     * it, so this runs in arrival order), its document, and whether it is new.
     */
    public PreparedWrite prepare(Article article, Double langConfidence) throws IOException {
        return prepare(article, fingerprint(article), langConfidence);
    }

    /** The fingerprint that {@link #prepare(Article, ReprintsAndDates.Fingerprint, Double)} needs; any thread. */
    public ReprintsAndDates.Fingerprint fingerprint(Article article) {
        writer();
        return reprintsAndDates.fingerprint(article);
    }

    /** As {@link #prepare(Article, Double)}, with the article's fingerprint computed ahead, on another thread. */
    public synchronized PreparedWrite prepare(Article article, ReprintsAndDates.Fingerprint fingerprint, Double langConfidence)
            throws IOException {
        writer();
        boolean existed = pendingIds.contains(article.id()) || isSearchable(article.id());
        ReprintsAndDates.Enriched enriched;
        IndexSearcher searcher = searchers.acquire();
        try {
            enriched = reprintsAndDates.enrich(article, fingerprint, searcher);
        } finally {
            searchers.release(searcher);
        }
        Document doc = document(enriched.article(), Instant.now(), enriched.extras(), langConfidence);
        pendingIds.add(article.id());
        return new PreparedWrite(article.id(), doc, existed ? Outcome.REPLACED : Outcome.ADDED);
    }

    /** An article's document, its text fields written with offsets unless this index already holds them without. */
    private Document document(Article article, Instant ingested, ArticleDocuments.Extras extras, Double langConfidence) {
        boolean offsets = !textFieldsWithoutOffsets.contains(Fields.text(Analyzers.supported(article.lang())));
        return ArticleDocuments.toDocument(article, ingested, extras, langConfidence, offsets, analyzers);
    }

    /**
     * Writes a prepared document. Analysis happens here, so bulk ingest calls it from several threads at once
     * (IndexWriter allows it); the caller must not let two writes of one id overlap, nor refresh or commit while
     * a write it prepared is still running (the searcher would miss an article that clustering then forgets).
     */
    public void write(PreparedWrite prepared) throws IOException {
        // A new id needs no delete-by-term: skipping it spares a buffered delete and its lookup at every flush
        // (a tenth of bulk ingest). "New" is certain: the searcher sees everything up to the last refresh and
        // pendingIds everything since.
        if (prepared.outcome() == Outcome.REPLACED) {
            writer().updateDocument(new Term(Fields.ID, prepared.id()), prepared.doc());
        } else {
            writer().addDocument(prepared.doc());
        }
    }

    /**
     * Flushes one in-memory segment to disk in the calling thread. Bulk ingest calls it from each write thread
     * before a commit, so that the segments are written side by side instead of one after another by the commit.
     */
    public void flushNextBuffer() throws IOException {
        writer().flushNextBuffer();
    }

    /** True when an article with this id was prepared since the last refresh. */
    public synchronized boolean isPending(String id) {
        return pendingIds.contains(id);
    }

    /** Deletes an article; true when it was there. */
    public synchronized boolean delete(String id) throws IOException {
        boolean existed = pendingIds.contains(id) || isSearchable(id);
        writer().deleteDocuments(new Term(Fields.ID, id));
        pendingIds.remove(id);
        return existed;
    }

    /** Seconds spent on reprint clusters and inferred dates by the upserts so far. */
    public double enrichSeconds() {
        return reprintsAndDates == null ? 0 : reprintsAndDates.seconds();
    }

    /** Makes every write so far visible to new searchers. */
    public synchronized void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        pendingIds.clear();
        if (reprintsAndDates != null) reprintsAndDates.searcherCaughtUp();
    }

    /** Makes every write so far durable (and visible), with the dates that later reprints gave to earlier articles. */
    public synchronized void commit() throws IOException {
        writeLateDates();
        writer().commit();
        refresh();
    }

    /**
     * Rewrites the undated articles that a dated reprint written after them has dated ({@link
     * ReprintsAndDates#takeLateDates}), as if that reprint had come first: same cluster, {@code date_source} cluster.
     * An article dated or deleted since is left as it is.
     */
    private void writeLateDates() throws IOException {
        if (reprintsAndDates == null) return;
        Map<String, PartialDate> late = reprintsAndDates.takeLateDates();
        if (late.isEmpty()) return;
        refresh(); // the undated articles may have been written since the last refresh
        IndexSearcher searcher = searchers.acquire();
        try {
            for (Map.Entry<String, PartialDate> e : late.entrySet()) {
                TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, e.getKey())), 1);
                if (found.scoreDocs.length == 0) continue;
                Document stored = searcher.storedFields().document(found.scoreDocs[0].doc);
                if (!DateSources.NONE.equals(stored.get(Fields.DATE_SOURCE))) continue;
                Article undated = ArticleDocuments.toArticle(stored);
                Article dated = undated.withDate(ReprintsAndDates.lateDate(e.getValue(), undated));
                ReprintClusters.Member member = ReprintClusters.member(stored);
                var extras = new ArticleDocuments.Extras(member.cluster(), DateSources.CLUSTER, member.signature());
                Document doc = document(dated, ArticleDocuments.ingested(stored), extras, ArticleDocuments.langConfidence(stored));
                writer().updateDocument(new Term(Fields.ID, dated.id()), doc);
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Rewrites the articles of {@code source} ("" for none) whose body holds {@code paragraph} as {@code rewrite} makes
     * them, keeping their cluster, date and date source: for a line learned as boilerplate after they were written.
     * The candidates are the articles holding every folded word of the paragraph, in any language; the stored body
     * decides. Returns how many were rewritten.
     */
    public synchronized int rewriteHolding(String source, String paragraph, UnaryOperator<Article> rewrite)
            throws IOException {
        refresh(); // the articles may have been written since the last refresh
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> foldedFields = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                for (FieldInfo info : leaf.reader().getFieldInfos()) if (Fields.isFolded(info.name)) foldedFields.add(info.name);
            }
            int rewritten = 0;
            for (String field : foldedFields) {
                var words = new BooleanQuery.Builder();
                int n = 0;
                try (var tokens = analyzers.folded().tokenStream(field, paragraph)) {
                    var term = tokens.addAttribute(CharTermAttribute.class);
                    tokens.reset();
                    while (tokens.incrementToken() && n++ < 64) {
                        words.add(new TermQuery(new Term(field, term.toString())), BooleanClause.Occur.FILTER);
                    }
                    tokens.end();
                }
                if (n == 0) continue;
                Query query = words.build();
                for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                    Document stored = searcher.storedFields().document(hit.doc);
                    if (!source.equals(Objects.requireNonNullElse(stored.get(Fields.SOURCE), ""))) continue;
                    Article held = ArticleDocuments.toArticle(stored);
                    if (!held.body().contains(paragraph)) continue;
                    Article cleaned = rewrite.apply(held);
                    if (cleaned.body().equals(held.body())) continue;
                    ReprintClusters.Member member = ReprintClusters.member(stored);
                    var extras = new ArticleDocuments.Extras(member.cluster(), stored.get(Fields.DATE_SOURCE), member.signature());
                    writer().updateDocument(new Term(Fields.ID, cleaned.id()),
                            document(cleaned, ArticleDocuments.ingested(stored), extras, ArticleDocuments.langConfidence(stored)));
                    rewritten++;
                }
            }
            return rewritten;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Indexes larger than this are left to the merge policy: merging them whole would take minutes and twice their disk. */
    static final long MAX_MERGED_BYTES = 4L << 30;

    /**
     * Merges the index into one segment and commits, when it has several and is at most {@link #MAX_MERGED_BYTES}:
     * for after a bulk import, which leaves one segment per flush (eight for OrangeSum's 36k articles) that the merge
     * policy keeps as they are. A query then looks each term up once instead of once per segment (OrangeSum,
     * bench queries: p50 1.53 → 1.17 ms), a one-shot command opens one segment, and terms shared by the segments are
     * stored once (160 → 145 MB). {@code starting} gets the index's size in bytes just before a merge starts.
     * Returns whether it merged.
     */
    public synchronized boolean mergeIntoOneSegment(java.util.function.LongConsumer starting) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        int segments;
        try {
            segments = searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
        long bytes = sizeOnDisk();
        if (segments <= 1 || bytes > MAX_MERGED_BYTES) return false;
        starting.accept(bytes);
        writer().forceMerge(1);
        commit();
        return true;
    }

    /** One searcher per request: acquire, use in try, release in finally. */
    public SearcherManager searchers() {
        return searchers;
    }

    /** What a command says when {@link #predatesCurrentFields()}. */
    public static final String LEGACY_FIELDS_WARNING = "warning: this index was built by an older newsarchive: prefix (word*),"
            + " fuzzy (word~), did-you-mean and title completions may miss its older articles, and they may rank without"
            + " the exact-word clause; index the articles again into a new folder to fix it";

    /**
     * True when some articles lack fields this version writes: the one folded field of older versions instead of
     * {@code folded_<lang>}, or language title fields without the {@link Fields#SUGGEST_TITLE} words beside them
     * (every article with a title field gets both, so a segment holding one without the other is older).
     */
    public boolean predatesCurrentFields() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FieldInfos infos = leaf.reader().getFieldInfos();
                if (infos.fieldInfo(Fields.LEGACY_FOLDED) != null) return true;
                if (infos.fieldInfo(Fields.SUGGEST_TITLE) != null) continue;
                for (FieldInfo info : infos) if (Fields.isTitle(info.name)) return true;
            }
            return false;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Bytes used on disk by the index files. */
    public long sizeOnDisk() {
        return sizeOnDisk(path);
    }

    /** Bytes of the regular files in an index folder (any Lucene index: the bench sizes its stock Lucene one too). */
    public static long sizeOnDisk(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try { return Files.size(p); } catch (IOException e) { return 0; }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isSearchable(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            BytesRef term = new BytesRef(id);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(Fields.ID);
                if (terms == null) continue;
                var postings = terms.iterator();
                if (postings.seekExact(term)) {
                    var docs = postings.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
                    var live = leaf.reader().getLiveDocs();
                    for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        if (live == null || live.get(d)) return true;
                    }
                }
            }
            return false;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits pending writes and closes. */
    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) writer.close();
        } finally {
            directory.close();
        }
    }

    /** Another process holds the index's write lock. */
    public static final class IndexBusyException extends IOException {
        public IndexBusyException(Path path) {
            super("the index at " + path + " is in use by another newsarchive process");
        }
    }
}
