package org.levier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * The CPU time a process has used (user and system, all its threads), read from Linux's {@code /proc/<pid>/stat}:
 * what {@link HttpBench} reads of the server's JVM around each measuring window. Throughput on a machine shared with
 * other work moves with that work; the server's CPU per answer does not (much), so the ratio of two endpoints' CPU
 * per answer says what their throughput ratio would be on a machine the server had to itself. The JVM's own threads
 * (JIT, GC) and, with the embedded H2, the database are counted: they are part of what an answer costs.
 */
final class ServerCpu {

    /** Clock ticks per second of {@code /proc}'s times ({@code getconf CLK_TCK}: 100 on Linux for x86 and arm). */
    private static final long TICKS_PER_SECOND = 100;

    private final Path stat;

    private ServerCpu(Path stat) {
        this.stat = stat;
    }

    /** The process {@code pid}'s, or one that reads nothing (NaN figures) when {@code pid} is empty or unreadable. */
    static ServerCpu of(String pid) {
        if (pid == null || pid.isBlank()) {
            return new ServerCpu(null);
        }
        Path stat = Path.of("/proc", pid.strip(), "stat");
        return Files.isReadable(stat) ? new ServerCpu(stat) : new ServerCpu(null);
    }

    /** CPU time used so far, in nanoseconds (NaN when not read). */
    double nanos() {
        if (stat == null) {
            return Double.NaN;
        }
        try {
            return parse(Files.readString(stat));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** utime + stime (fields 14 and 15) of a {@code /proc/<pid>/stat} line, in nanoseconds. */
    static double parse(String line) {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * (1e9 / TICKS_PER_SECOND);
    }

    static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
