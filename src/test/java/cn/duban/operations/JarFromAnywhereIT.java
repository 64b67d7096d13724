package cn.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar, as an operator runs it: {@code java -jar duban.jar} in an empty directory, the business
 * configuration from {@code --duban.config-dir}, the demo database in {@code --duban.data-dir}. Run by failsafe
 * after {@code package} in {@code ./mvnw verify}.
 */
class JarFromAnywhereIT {

    /** A bound, not the expected time: about 30 s on an idle two-core machine, several times that on a busy one. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    /** IdentitySetup's line once the groups of bureaus.yaml and leaders.yaml are in place. */
    static final String READY = "已按名录配置";

    @TempDir
    Path temp;

    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!running.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void startsInAnEmptyDirectoryWithTheConfigurationFromOneSetting() throws Exception {
        Path config = copyOfConfig();
        Path data = temp.resolve("var");
        Path work = Files.createDirectories(temp.resolve("work"));
        Path log = temp.resolve("duban.log");

        running = start(work, log, "--duban.config-dir=" + config, "--duban.data-dir=" + data,
                // the ledger import (85 instances) is not what this test is about
                "--duban.ledger.import-on-startup=false");
        int port = awaitPort(log);

        // the job executor starts with the other start-up listeners: until it runs, health says DOWN, rightly
        HttpResponse<String> health = health(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (health.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            health = health(port);
        }
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).startsWith("{\"status\":\"UP\"").contains("\"jobExecutor\":{\"status\":\"UP\"");
        assertThat(data.resolve("duban.mv.db")).exists();
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("nothing is written to the working directory").isEmpty();
        }
    }

    @Test
    void aMissingRequiredFileStopsTheStartNamingIt() throws Exception {
        Path config = copyOfConfig();
        Files.delete(config.resolve("bureaus.yaml"));
        Path work = Files.createDirectories(temp.resolve("work"));
        Path log = temp.resolve("duban.log");

        running = start(work, log, "--duban.config-dir=" + config, "--duban.data-dir=" + temp.resolve("var"));

        assertThat(running.waitFor(START_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(running.exitValue()).as(output).isNotZero();
        assertThat(output).contains("duban 的业务配置不完整", "缺少 " + config.resolve("bureaus.yaml"), "责任单位名录",
                "DUBAN_CONFIG_DIR");
        assertThat(output).as("the reason, not a stack trace").doesNotContain("\tat ");
        assertThat(temp.resolve("var")).doesNotExist();
    }

    private static HttpResponse<String> health(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:Duban-Demo-2024".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Path copyOfConfig() throws IOException {
        Path copy = temp.resolve("etc-duban");
        FileSystemUtils.copyRecursively(Path.of("config"), copy);
        return copy;
    }

    /** In {@code work}, output to {@code log}; C1 only (TieredStopAtLevel=1): a short-lived server starts faster. */
    private static Process start(Path work, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", jar().toAbsolutePath().toString(),
                "--server.port=0", "--logging.charset.console=UTF-8"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** The executable jar {@code package} has just built. */
    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("duban-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/duban-*.jar 不存在：请先运行 ./mvnw package"));
        }
    }

    private int awaitPort(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher port = PORT.matcher(output);
            // ready: serving HTTP, and the groups made from the configuration's bureau and leader files
            if (port.find() && output.contains(READY)) {
                return Integer.parseInt(port.group(1));
            }
            assertThat(running.isAlive()).as(output).isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("duban 未在 " + START_TIMEOUT.toSeconds() + " 秒内启动：\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
