package cn.duban.nodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One duban server as its own JVM, started from the jar {@code package} built, on a database the test gives it:
 * the demo profile (its users, and its clock following a file the test writes) with the datasource overridden.
 * It can be killed with {@code kill -9} and started again on the same port, database and data directory.
 */
final class ServerProcess {

    /** A bound, not the expected time: about 30 s on an idle two-core machine, several times that on a busy one. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final String name;
    private final Path home;
    private final int port;
    private final List<String> settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private final List<Instant> startedAt = new java.util.concurrent.CopyOnWriteArrayList<>();

    ServerProcess(String name, Path home, int port, List<String> settings) {
        this.name = name;
        this.home = home;
        this.port = port;
        this.settings = List.copyOf(settings);
    }

    String name() {
        return name;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path clockFile() {
        return dataDir().resolve("demo-clock.txt");
    }

    int starts() {
        return startedAt.size();
    }

    /** When each start of this server's JVM began. */
    List<Instant> startedAt() {
        return List.copyOf(startedAt);
    }

    synchronized void start() throws IOException {
        Files.createDirectories(dataDir());
        startedAt.add(Instant.now());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-jar", jar().toAbsolutePath().toString(),
                "--server.port=" + port, "--logging.charset.console=UTF-8", "--spring.profiles.active=demo",
                "--duban.data-dir=" + dataDir()));
        command.addAll(settings);
        process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
    }

    /** Waits until the server answers its health check as UP; fails with the end of its log if it died or hung. */
    void awaitServing() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (serving()) {
                return;
            }
            if (!alive()) {
                throw new AssertionError(name + " 已退出：\n" + tail());
            }
            Thread.sleep(300);
        }
        throw new AssertionError(name + " 未在 " + START_TIMEOUT.toSeconds() + " 秒内启动：\n" + tail());
    }

    boolean serving() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (Staff.ADMIN + ":" + Staff.PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().startsWith("{\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The running JVM's process id. */
    synchronized long pid() {
        return process.pid();
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no engine shutdown, no transaction finished. */
    synchronized void kill9() throws IOException, InterruptedException {
        if (!alive()) {
            return;
        }
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), as systemd stops the service. */
    synchronized void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    Path log() {
        return home.resolve(name + ".log");
    }

    String tail() {
        try {
            String all = Files.readString(log(), StandardCharsets.UTF_8);
            return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The executable jar {@code package} has just built. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("duban-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/duban-*.jar 不存在：请先运行 ./mvnw package"));
        }
    }
}
