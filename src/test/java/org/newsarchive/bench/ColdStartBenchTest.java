package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ColdStartBenchTest {

    @Test
    void theDirectRunsUseTheLaunchersFlagsForOneShotCommands() throws IOException {
        // Other flags would make the JVM skip the launcher's AOT cache in the "java -jar, AOT cache" runs.
        String launcher = Files.readString(Path.of("newsarchive"));
        String quick = "JVM_FLAGS=(" + String.join(" ", ColdStartBench.SEARCH_FLAGS) + ")";
        assertTrue(launcher.contains(quick), "the launcher has no line " + quick);
    }
}
