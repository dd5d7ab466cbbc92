package org.newsarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory and CPU figures of a process, read from Linux's /proc (absent elsewhere: -1). */
public final class ProcessMemory {
    private ProcessMemory() {}

    /** Peak resident set size (VmHWM) of process {@code pid} in bytes, or -1 when unknown. */
    public static long peakRss(long pid) {
        return statusField(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    /** Peak resident set size of this JVM in bytes, or -1. */
    public static long peakRss() {
        return peakRss(ProcessHandle.current().pid());
    }

    /** CPU time used by this JVM (all threads, including GC, JIT and merges), nanoseconds, or -1. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Reads "VmHWM:   12345 kB" style lines. */
    static long statusField(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) return parseKb(line.substring(field.length()));
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone: the figure is reported as unknown.
        }
        return -1;
    }

    static long parseKb(String value) {
        String v = value.strip();
        if (v.endsWith("kB")) v = v.substring(0, v.length() - 2).strip();
        return Long.parseLong(v) * 1024;
    }
}
