package cn.duban.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;

/**
 * The engine clock of the servers, in Beijing time: written to each server's demo clock file (which a server with
 * {@code duban.demo.clock-follow} keeps reading), and taken over when the server writes it back to
 * {@code demo-clock.txt.applied}. A server that is down takes it over when it starts again.
 */
final class SteeredClock {

    private volatile LocalDateTime now;

    SteeredClock(LocalDateTime start) {
        this.now = start;
    }

    LocalDateTime now() {
        return now;
    }

    /** Writes the time for every server, before they start or while they run. */
    void set(LocalDateTime time, Collection<ServerProcess> servers) throws IOException {
        now = time;
        for (ServerProcess server : servers) {
            Files.createDirectories(server.dataDir());
            Path next = server.clockFile().resolveSibling("demo-clock.next");
            Files.writeString(next, time.toString(), StandardCharsets.UTF_8);
            Files.move(next, server.clockFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** True once every running server has taken the time over; servers down are skipped (they read it at start). */
    boolean takenOver(Collection<ServerProcess> servers, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            boolean all = true;
            for (ServerProcess server : servers) {
                if (server.alive() && !now.toString().equals(applied(server))) {
                    all = false;
                }
            }
            if (all) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static String applied(ServerProcess server) {
        try {
            return Files.readString(server.clockFile().resolveSibling("demo-clock.txt.applied"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
