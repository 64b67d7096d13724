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
    private static final long PERIOD_MICROS = 100_000;

    private final List<Path> groups = new ArrayList<>();

    private CpuSlices() {
    }

    /** Moves each server's process (all its threads) into a group of its own limited to {@code cores} cores. */
    static CpuSlices limit(Collection<ServerProcess> servers, double cores) throws IOException {
        if (!Files.isWritable(CONTROLLER)) {
            throw new IllegalStateException(CONTROLLER + " is not writable: a CPU quota per node needs cgroup v1 and root");
        }
        CpuSlices slices = new CpuSlices();
        for (ServerProcess server : servers) {
            Path group = CONTROLLER.resolve("duban-" + server.name());
            Files.createDirectories(group);
            slices.groups.add(group);
            write(group.resolve("cpu.cfs_period_us"), PERIOD_MICROS);
            write(group.resolve("cpu.cfs_quota_us"), Math.round(cores * PERIOD_MICROS));
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

    private static void write(Path file, long value) throws IOException {
        Files.writeString(file, Long.toString(value), StandardCharsets.US_ASCII);
    }
}
