package org.newsarchive.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real {@code newsarchive} command in a separate JVM, with the test's classes and a heap of our choosing. */
final class ChildJvm {
    private ChildJvm() {}

    /** A started {@code newsarchive ARGS...} whose stdout and stderr go to {@code out} and {@code err}. */
    static Process start(String maxHeap, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", // as the launcher does
                "-cp", System.getProperty("java.class.path"),
                "org.newsarchive.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // The index is always given with --index: never pick one up from the environment.
        pb.environment().remove("NEWSARCHIVE_INDEX");
        return pb.start();
    }
}
