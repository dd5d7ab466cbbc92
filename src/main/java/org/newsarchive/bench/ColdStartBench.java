package org.newsarchive.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Wall time of one {@code newsarchive search} in a new process: through the launcher with the AOT cache off
 * ({@code NEWSARCHIVE_AOT=0}) and on, and straight {@code java -jar} with default flags and with the cache.
 */
final class ColdStartBench {
    /** The launcher's JVM flags for long-running commands (serve, index, bench). */
    static final List<String> JVM_FLAGS = List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector");
    /**
     * The launcher's JVM flags for one-shot commands such as search, which its AOT cache is made with: the direct
     * {@code java -jar} runs use them too, or the JVM would skip the cache as made for other flags.
     */
    static final List<String> SEARCH_FLAGS = List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-XX:-UsePerfData");

    /**
     * Median and fastest of the runs per variant, and the time the launcher took to create the cache; {@code failure}
     * says what broke (the launcher made no cache on a JDK that has them), else null.
     */
    record Result(String notRun, Map<String, double[]> runsMs, double cacheCreationSeconds, int javaMajor, String failure) {
        static Result notRun(String why) {
            return new Result(why, Map.of(), Double.NaN, Runtime.version().feature(), null);
        }
    }

    private ColdStartBench() {}

    /** This JVM's java binary and the launcher's flags for a server. */
    static List<String> javaCommand() {
        return javaCommand(JVM_FLAGS);
    }

    private static List<String> javaCommand(List<String> flags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        return cmd;
    }

    static Result run(Path home, Path jar, Path index, String word, int runs, Path work, PrintWriter log)
            throws IOException, InterruptedException {
        Path launcher = home.resolve("newsarchive");
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(jar)) {
            return Result.notRun("no launcher or jar under " + home);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> search = List.of("--index", index.toString(), "search", word);
        List<String> viaLauncher = new ArrayList<>(List.of(launcher.toString()));
        viaLauncher.addAll(search);
        log.println("bench: cold start, JVM defaults and the launcher without AOT cache");
        // The JVM's own defaults (only the flag that keeps Lucene's native access quiet), then the launcher's choice.
        List<String> plain = new ArrayList<>(javaCommand(List.of("--enable-native-access=ALL-UNNAMED")));
        plain.addAll(List.of("-jar", jar.toString()));
        plain.addAll(search);
        out.put("java -jar, JVM default flags", times(plain, Map.of(), runs));
        out.put("launcher, no AOT cache (its one-shot flags)", times(viaLauncher, Map.of("NEWSARCHIVE_AOT", "0"), runs));

        int major = Runtime.version().feature();
        double creation = Double.NaN;
        String failure = null;
        if (major >= 25) {
            Path aotDir = Files.createDirectories(work.resolve("aot"));
            try (Stream<Path> old = Files.list(aotDir)) {
                for (Path p : old.toList()) Files.deleteIfExists(p);
            }
            Map<String, String> env = Map.of("NEWSARCHIVE_AOT_DIR", aotDir.toString());
            // The first run starts the cache's creation in the background; wait for it, as a user's next run would.
            long t0 = System.nanoTime();
            times(viaLauncher, env, 1);
            Path cache = awaitCache(aotDir, 300);
            creation = (System.nanoTime() - t0) / 1e9;
            if (cache == null) {
                failure = "the launcher did not create an AOT cache in " + aotDir;
                log.println("bench: " + failure);
            } else {
                log.println("bench: cold start, launcher with AOT cache");
                out.put("launcher, AOT cache", times(viaLauncher, env, runs));
                List<String> direct = new ArrayList<>(javaCommand(SEARCH_FLAGS));
                direct.addAll(List.of("-jar", jar.toString()));
                direct.addAll(search);
                out.put("java -jar, launcher's one-shot flags", times(direct, Map.of(), runs));
                List<String> directAot = new ArrayList<>(javaCommand(SEARCH_FLAGS));
                directAot.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off", "-jar", jar.toString()));
                directAot.addAll(search);
                out.put("java -jar, AOT cache", times(directAot, Map.of(), runs));
            }
        }
        return new Result(null, out, creation, major, failure);
    }

    private static Path awaitCache(Path dir, int timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                var cache = files.filter(p -> p.getFileName().toString().matches("newsarchive-.*\\.aot")).findFirst();
                if (cache.isPresent()) return cache.get();
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** Wall milliseconds of each run, sorted; a run that fails stops the measure with its output. */
    private static double[] times(List<String> command, Map<String, String> env, int runs) throws IOException, InterruptedException {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().remove("NEWSARCHIVE_JAVA_OPTS");
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            int code = p.waitFor();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (code != 0) throw new IOException("cold start run failed (exit " + code + "): " + new String(output).strip());
        }
        Arrays.sort(ms);
        return ms;
    }
}
