package se.vinr.ledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set size of a process, as Linux reports it; -1 elsewhere. */
final class Memory {

    private Memory() {
    }

    /** A row of the report: the RSS in MiB. */
    static Row row(String label, String store, long bytes) {
        return new Row(label, store, 1, bytes < 0 ? Double.NaN : bytes / (1024.0 * 1024.0), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, "", 1, "VmRSS of the process, MiB");
    }

    /** VmRSS of {@code pid} in bytes, or -1 where /proc is not there. */
    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
