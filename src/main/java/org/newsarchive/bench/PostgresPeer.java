package org.newsarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsarchive.Article;

/**
 * PostgreSQL full-text search as most teams would set it up: a throw-away cluster made with {@code initdb} in a
 * temporary folder, started with {@code pg_ctl} on a free loopback port, stopped and deleted on {@link #close()}
 * (also from a shutdown hook, so an interrupted bench leaves no server behind).
 *
 * <p>PostgreSQL refuses to run as root. When the bench runs as root, every server command goes through
 * {@code runuser -u USER --} (or {@code su} when runuser is missing), USER being {@code postgres} when that
 * account exists, else {@code nobody}; the temporary folder is handed to that user first.
 */
final class PostgresPeer implements AutoCloseable {
    static final Path DEFAULT_BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String DB_USER = "bench";
    private static final String CONFIG = "french_unaccent";

    private final Path bin;
    private final Path root;
    private final Path data;
    private final int port;
    private final String osUser;
    private final PrintWriter log;
    private final Thread cleanup = new Thread(this::stopQuietly, "postgres-cleanup");
    private Connection connection;
    private boolean stopped;

    /** Figures of the load: rows, seconds to insert, seconds to build the GIN index, sizes, backend peak RSS. */
    record Load(long rows, double insertSeconds, double indexSeconds, long totalBytes, long ginBytes, long backendPeakRss) {
        double seconds() {
            return insertSeconds + indexSeconds;
        }
    }

    private PostgresPeer(Path bin, Path root, int port, String osUser, PrintWriter log) {
        this.bin = bin;
        this.root = root;
        this.data = root.resolve("data");
        this.port = port;
        this.osUser = osUser;
        this.log = log;
    }

    /** Creates and starts a cluster; on any failure nothing is left running or on disk. */
    static PostgresPeer start(Path bin, PrintWriter log) throws IOException, InterruptedException, SQLException {
        if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw new IOException("no initdb/pg_ctl in " + bin + " (install postgresql-15 or pass --pg-bin)");
        }
        String osUser = isRoot() ? serviceUser() : null;
        Path root = Files.createTempDirectory("newsarchive-pg");
        PostgresPeer peer = new PostgresPeer(bin, root, freePort(), osUser, log);
        Runtime.getRuntime().addShutdownHook(peer.cleanup);
        try {
            peer.init();
            return peer;
        } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
            peer.close();
            throw e;
        }
    }

    private void init() throws IOException, InterruptedException, SQLException {
        if (osUser != null) {
            UserPrincipal owner = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(osUser);
            Files.setOwner(root, owner);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", DB_USER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), 120);
        // Unix socket in our own folder, TCP on loopback only.
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", root.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1", "start"), 90);
        connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + DB_USER
                + "&reWriteBatchedInserts=true");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE EXTENSION unaccent");
            s.execute("CREATE TEXT SEARCH CONFIGURATION " + CONFIG + " (COPY = french)");
            // Accents folded before the French stemmer, as newsarchive folds before stemming.
            s.execute("ALTER TEXT SEARCH CONFIGURATION " + CONFIG
                    + " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem");
            s.execute("CREATE TABLE articles (id text PRIMARY KEY, title text NOT NULL, body text NOT NULL, date date,"
                    + " tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('" + CONFIG + "', title), 'A')"
                    + " || setweight(to_tsvector('" + CONFIG + "', body), 'B')) STORED)");
        }
    }

    String version() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Inserts the articles in one transaction (batches of 500), then builds the GIN index and analyses the table. */
    Load load(List<Article> articles) throws SQLException {
        long t0 = System.nanoTime();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO articles (id, title, body, date) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                        + " SET title = EXCLUDED.title, body = EXCLUDED.body, date = EXCLUDED.date")) {
            int pending = 0;
            for (Article a : articles) {
                insert.setString(1, a.id());
                insert.setString(2, a.title());
                insert.setString(3, a.bodyText());
                insert.setDate(4, a.date() == null ? null : Date.valueOf(a.date().start()));
                insert.addBatch();
                if (++pending == 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        double insertSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX articles_tsv ON articles USING GIN (tsv)");
            s.execute("VACUUM ANALYZE articles");
        }
        double indexSeconds = (System.nanoTime() - t1) / 1e9;
        long rows = single("SELECT count(*) FROM articles");
        long total = single("SELECT pg_total_relation_size('articles')");
        long gin = single("SELECT pg_relation_size('articles_tsv')");
        long backend = ProcessMemory.peakRss(single("SELECT pg_backend_pid()"));
        return new Load(rows, insertSeconds, indexSeconds, total, gin, backend);
    }

    /** Prepared statements for the query set: the ranked top 10 (timed) and the exact count (for agreement). */
    final class Queries implements AutoCloseable {
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        /** Ids of the ranked first page: ts_rank, or newest first when the query sorts by date. */
        List<String> top(BenchQuery q) throws SQLException {
            String order = q.byDate() ? "date DESC NULLS LAST, id" : "ts_rank(tsv, q) DESC, id";
            PreparedStatement ps = statement("SELECT id FROM articles, " + tsquery(q) + " q WHERE tsv @@ q"
                    + dateFilter(q) + " ORDER BY " + order + " LIMIT 10");
            bind(ps, q);
            List<String> ids = new ArrayList<>(10);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getString(1));
            }
            return ids;
        }

        long count(BenchQuery q) throws SQLException {
            PreparedStatement ps = statement("SELECT count(*) FROM articles, " + tsquery(q) + " q WHERE tsv @@ q" + dateFilter(q));
            bind(ps, q);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private String tsquery(BenchQuery q) {
            return switch (q.pgMode()) {
                case WEBSEARCH -> "websearch_to_tsquery('" + CONFIG + "', ?)";
                case PREFIX -> "to_tsquery('" + CONFIG + "', ? || ':*')";
                case NONE -> throw new IllegalArgumentException("no PostgreSQL equivalent for " + q.id());
            };
        }

        private String dateFilter(BenchQuery q) {
            return q.from() != null || q.to() != null ? " AND date BETWEEN ? AND ?" : "";
        }

        private void bind(PreparedStatement ps, BenchQuery q) throws SQLException {
            ps.setString(1, q.pgText());
            if (q.from() != null || q.to() != null) {
                ps.setDate(2, Date.valueOf(q.from() == null ? java.time.LocalDate.of(1, 1, 1) : q.from().start()));
                ps.setDate(3, Date.valueOf(q.to() == null ? java.time.LocalDate.of(9999, 12, 31) : q.to().end()));
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) ps.close();
        }
    }

    Queries queries() {
        return new Queries();
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs a server command, as the service user when we are root; fails with the command's own output. */
    private void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (osUser != null) {
            if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
                full.addAll(List.of("runuser", "-u", osUser, "--"));
                full.addAll(command);
            } else {
                full.addAll(List.of("su", "-s", "/bin/sh", osUser, "-c", shellQuote(command)));
            }
        } else {
            full.addAll(command);
        }
        Path out = Files.createTempFile("newsarchive-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                String output = Files.readString(out).strip();
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + p.exitValue() + "): "
                        + output.lines().reduce((a, b) -> b).orElse(""));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String shellQuote(List<String> command) {
        StringBuilder sb = new StringBuilder();
        for (String part : command) sb.append(sb.isEmpty() ? "" : " ").append('\'').append(part.replace("'", "'\\''")).append('\'');
        return sb.toString();
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The account the server runs as when we are root: postgres if it exists, else nobody. */
    private static String serviceUser() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0 ? "postgres" : "nobody";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    String osUser() {
        return osUser;
    }

    /** Stops the server and deletes its folder. */
    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or ran.
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) return;
        stopped = true;
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            // The server goes away next anyway.
        }
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), 60);
            }
        } catch (IOException | InterruptedException e) {
            log.println("bench: could not stop PostgreSQL in " + root + ": " + e.getMessage());
        }
        deleteTree(root);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: a leftover file in the temp folder is not worth failing the bench.
                }
            });
        } catch (IOException e) {
            // Same.
        }
    }
}
