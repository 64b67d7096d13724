package cn.duban.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went, from Linux's {@code /proc}: the whole machine's busy time, the nodes' JVMs' and
 * PostgreSQL's processes', in clock ticks (USER_HZ, 100 a second), so a benchmark can say whether its nodes waited
 * for the cores or for each other.
 */
record CpuTime(long machineBusy, long machineTotal, long machineSteal, long nodes, long postgres) {

    static final double TICKS_PER_SECOND = 100.0;

    static CpuTime now(Collection<ServerProcess> servers) {
        long[] machine = machine();
        long nodes = 0;
        for (ServerProcess server : servers) {
            nodes += process(Path.of("/proc", Long.toString(server.pid()), "stat"));
        }
        long postgres = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                Path stat = dir.resolve("stat");
                if (command(stat).equals("postgres")) {
                    postgres += process(stat);
                }
            }
        } catch (IOException e) {
            postgres = -1;
        }
        return new CpuTime(machine[0], machine[1], machine[2], nodes, postgres);
    }

    /**
     * What {@code later} used beyond this, as "busy % of the cores (stolen %); nodes s; PostgreSQL s". Stolen is the
     * time a virtual machine's cores were ready to run but the host ran something else (counted in busy).
     */
    String until(CpuTime later) {
        int cores = Runtime.getRuntime().availableProcessors();
        double total = Math.max(1, later.machineTotal - machineTotal);
        double busy = 100.0 * (later.machineBusy - machineBusy) / total;
        double stolen = 100.0 * (later.machineSteal - machineSteal) / total;
        return String.format("%.0f %% of %d cores (stolen %.0f %%) | %.1f | %.1f", busy, cores, stolen,
                (later.nodes - nodes) / TICKS_PER_SECOND, (later.postgres - postgres) / TICKS_PER_SECOND);
    }

    /** The cores the nodes' JVMs used together from this to {@code later}, {@code elapsed} apart. */
    double nodeCores(CpuTime later, Duration elapsed) {
        return (later.nodes - nodes) / TICKS_PER_SECOND / (elapsed.toMillis() / 1000.0);
    }

    private static long[] machine() {
        try {
            return machine(Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0));
        } catch (IOException e) {
            return new long[] {0, 0, 0};
        }
    }

    /** Busy, total and stolen ticks of {@code /proc/stat}'s first line (user nice system idle iowait irq softirq steal …). */
    static long[] machine(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        long steal = fields.length > 8 ? Long.parseLong(fields[8]) : 0;
        return new long[] {total - idle, total, steal};
    }

    private static String command(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.US_ASCII);
            return text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** utime + stime of a process, its threads included (and its reaped children's, which a JVM has none of). */
    private static long process(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.US_ASCII);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14 and stime 15 of the whole line
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
