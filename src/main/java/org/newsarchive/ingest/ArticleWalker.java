package org.newsarchive.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsarchive.Article;

/**
 * Walks files and folders and turns each into {@link IngestItem}s: every file read, skipped or failed is
 * reported with its path, and one bad file never stops the batch.
 */
public final class ArticleWalker {

    /** Text articles are read whole; past this size a ".txt" is a dump, not an article (and 16 MB still fits a 256 MB heap). */
    static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;

    private final SeedFormatParser parser = new SeedFormatParser();
    private final JsonlArticleReader jsonl = new JsonlArticleReader();

    /**
     * Reports every article under {@code paths} to {@code sink}, in argument order and, inside folders, in
     * file-name order so runs are reproducible. Folders are walked recursively; {@code .txt}, {@code .jsonl} and
     * {@code .jsonl.gz} are read, hidden files ignored, other files skipped. A file named explicitly is read as
     * text whatever its extension. Symbolic links to folders are not followed, so link loops cannot hang.
     */
    public void walk(List<Path> paths, Consumer<IngestItem> sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walkFolder(path, sink);
            } else {
                readFile(path, sink);
            }
        }
    }

    private void walkFolder(Path folder, Consumer<IngestItem> sink) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            sink.accept(new IngestItem.Failed(folder.toString(), 0, describe(e)));
            return;
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walkFolder(child, sink);
            } else if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
                sink.accept(new IngestItem.Skipped(child.toString(), "link to a folder, not followed"));
            } else if (isSupported(child)) {
                readFile(child, sink);
            } else {
                sink.accept(new IngestItem.Skipped(child.toString(), "unsupported file type " + extension(name)));
            }
        }
    }

    private void readFile(Path file, Consumer<IngestItem> sink) {
        if (JsonlArticleReader.handles(file) && Files.isRegularFile(file)) {
            jsonl.read(file, sink);
        } else {
            sink.accept(readText(file));
        }
    }

    /** One text file, one item; every failure becomes a Failed item naming the file. */
    private IngestItem readText(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                return new IngestItem.Failed(name, 0, "broken symbolic link");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A FIFO or device would block the read forever or never end: only regular files are read.
                return new IngestItem.Failed(name, 0, "not a regular file (pipe, device or socket)");
            }
            long size = Files.size(file);
            if (size > MAX_TEXT_BYTES) {
                return new IngestItem.Failed(name, 0, "too large (" + size / (1024 * 1024) + " MB, limit "
                        + MAX_TEXT_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new IngestItem.Failed(name, 0, describe(e));
        }
        var binary = TextDecoder.binaryKind(bytes);
        if (binary.isPresent()) return new IngestItem.Failed(name, 0, "binary file (" + binary.get() + ")");
        String text = TextDecoder.decode(bytes);
        if (DebrisCleaner.normalizeSpace(text).isEmpty()) return new IngestItem.Skipped(name, "empty");
        Article article;
        try {
            article = parser.parse(idOf(file), text, name);
        } catch (RuntimeException e) {
            // Ingest is the one place that catches and goes on; the file is named and counted as failed.
            return new IngestItem.Failed(name, 0, "cannot parse: " + e);
        }
        if (article.isEmpty()) {
            return new IngestItem.Skipped(name, article.date() != null ? "no text after the date header"
                    : "no article text (only web debris)");
        }
        return new IngestItem.Parsed(article);
    }

    /** The file name without its extension: "000_21e3.txt" is article "000_21e3". */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl.gz")) return name.substring(0, name.length() - ".jsonl.gz".length());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || JsonlArticleReader.handles(file);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "(no extension)";
    }

    /** A one-line reason for an I/O failure, without the stack trace a user cannot act on. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file (missing, or deleted during the run)";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason().toLowerCase(Locale.ROOT);
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
