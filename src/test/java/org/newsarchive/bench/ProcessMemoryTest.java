package org.newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTest {

    @Test
    void statusField_readsKilobytesAsBytes(@TempDir Path dir) throws Exception {
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 999 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 1 kB\n");
        assertEquals(123456L * 1024, ProcessMemory.statusField(status, "VmHWM:"));
    }

    @Test
    void statusField_missingFileOrField_isMinusOne(@TempDir Path dir) throws Exception {
        assertEquals(-1, ProcessMemory.statusField(dir.resolve("absent"), "VmHWM:"));
        Path status = dir.resolve("status");
        Files.writeString(status, "Name:\tjava\n");
        assertEquals(-1, ProcessMemory.statusField(status, "VmHWM:"));
    }
}
