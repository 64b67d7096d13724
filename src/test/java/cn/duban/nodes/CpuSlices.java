package cn.duban.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Gives each node's JVM a CPU quota of its own (Linux cgroup v1 {@code cpu} controller: {@code cpu.cfs_quota_us} over
 * {@code cpu.cfs_period_us}), so that on one machine each node runs as if on a small machine of its own and
 * PostgreSQL keeps the rest of the cores: what adding a node adds is then a node's worth of cores, as on separate
 * machines, instead of a second claim on the cores the first node already uses. Needs a writable
 * {@code /sys/fs/cgroup/cpu} (root in the container).
 */
final class CpuSlices implements AutoCloseable {

    static final Path CONTROLLER = Path.of("/sys/fs/cgroup/cpu");
    /** Linux's own default enforcement period, 100 ms. */
    static final long DEFAULT_PERIOD_MICROS = 100_000;

    private final List<Path> groups = new ArrayList<>();

    private CpuSlices() {
    }

    /**
     * Moves each server's process (all its threads) into a group of its own limited to {@code cores} cores, enforced
     * per period of {@code periodMicros} (1,000 to 1,000,000 µs).
     */
    static CpuSlices limit(Collection<ServerProcess> servers, double cores, long periodMicros) throws IOException {
        if (periodMicros < 1_000 || periodMicros > 1_000_000) {
            throw new IllegalArgumentException("a quota period is 1,000 to 1,000,000 µs, not " + periodMicros);
        }
        if (!Files.isWritable(CONTROLLER)) {
            throw new IllegalStateException(CONTROLLER + " is not writable: a CPU quota per node needs cgroup v1 and root");
        }
        CpuSlices slices = new CpuSlices();
        for (ServerProcess server : servers) {
            Path group = CONTROLLER.resolve("duban-" + server.name());
            Files.createDirectories(group);
            slices.groups.add(group);
            write(group.resolve("cpu.cfs_period_us"), periodMicros);
            write(group.resolve("cpu.cfs_quota_us"), Math.round(cores * periodMicros));
            write(group.resolve("cgroup.procs"), server.pid());
        }
        return slices;
    }

    /** Gives the processes still in the groups back to the root group and removes the groups. */
    @Override
    public void close() throws IOException {
        for (Path group : groups) {
            if (!Files.isDirectory(group)) {
                continue;
            }
            for (String pid : Files.readAllLines(group.resolve("cgroup.procs"), StandardCharsets.US_ASCII)) {
                if (!pid.isBlank()) {
                    try {
                        Files.writeString(CONTROLLER.resolve("cgroup.procs"), pid.strip(), StandardCharsets.US_ASCII);
                    } catch (IOException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            Files.delete(group);
        }
    }

    /** The quota's enforcement periods so far, summed over the groups ({@code cpu.stat}). */
    record Throttling(long periods, long throttled, long throttledNanos) {

        /** One group's {@code cpu.stat} ("nr_periods 12", "nr_throttled 3", "throttled_time 4500000" in ns, …). */
        static Throttling parse(List<String> cpuStat) {
            long periods = 0;
            long throttled = 0;
            long nanos = 0;
            for (String line : cpuStat) {
                String[] field = line.strip().split("\\s+");
                if (field.length != 2) {
                    continue;
                }
                long value = Long.parseLong(field[1]);
                switch (field[0]) {
                    case "nr_periods" -> periods = value;
                    case "nr_throttled" -> throttled = value;
                    case "throttled_time" -> nanos = value;
                    default -> { }
                }
            }
            return new Throttling(periods, throttled, nanos);
        }

        Throttling plus(Throttling other) {
            return new Throttling(periods + other.periods, throttled + other.throttled,
                    throttledNanos + other.throttledNanos);
        }

        /** "throttled in x % of the periods (y s)" since {@code earlier}. */
        String since(Throttling earlier) {
            long periodsThen = periods - earlier.periods;
            return String.format("%.0f %% (%.1f s)", 100.0 * (throttled - earlier.throttled) / Math.max(1, periodsThen),
                    (throttledNanos - earlier.throttledNanos) / 1e9);
        }
    }

    Throttling throttling() throws IOException {
        Throttling sum = new Throttling(0, 0, 0);
        for (Path group : groups) {
            sum = sum.plus(Throttling.parse(Files.readAllLines(group.resolve("cpu.stat"), StandardCharsets.US_ASCII)));
        }
        return sum;
    }

    private static void write(Path file, long value) throws IOException {
        Files.writeString(file, Long.toString(value), StandardCharsets.US_ASCII);
    }
}
