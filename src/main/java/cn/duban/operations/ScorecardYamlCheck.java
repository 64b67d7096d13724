package cn.duban.operations;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * {@code scorecard.yaml} is read by Spring Boot itself ({@code spring.config.import}), whose YAML error names neither
 * the file nor anything in Chinese, with a stack trace. So before Spring reads it, this reads it once: a syntax error
 * stops the start naming the file, line and column ({@link InvalidYamlFailureAnalyzer}). Runs before Spring's config
 * data, so {@code duban.config-dir} comes from the command line, the environment or the default. Registered in
 * {@code META-INF/spring.factories}.
 */
public class ScorecardYamlCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path file = Path.of(environment.getProperty(DubanDirectories.CONFIG_DIR, DubanDirectories.DEFAULT_CONFIG_DIR))
                .resolve(RequiredConfiguration.SCORECARD_FILE);
        if (Files.isRegularFile(file)) {
            check(file);
        }
    }

    static void check(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new Yaml(new LoaderOptions()).loadAll(reader).forEach(document -> { });
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidYamlFile(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "不是有效的 YAML（" + e.getProblem() + context(e) + "）");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            // the parser wraps the reader's own failures
            throw new InvalidYamlFile(file, 0, 0, e.getCause() instanceof CharacterCodingException ? "文件不是 UTF-8 编码"
                    : "不是有效的 YAML（" + e.getMessage() + "）");
        } catch (CharacterCodingException e) {
            throw new InvalidYamlFile(file, 0, 0, "文件不是 UTF-8 编码");
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + file.toAbsolutePath().normalize(), e);
        }
    }

    /** Where what went wrong began, e.g. the unclosed quote of "found unexpected end of stream". */
    private static String context(MarkedYAMLException e) {
        Mark start = e.getContextMark();
        if (e.getContext() == null || start == null || start == e.getProblemMark()) {
            return "";
        }
        return "；" + e.getContext() + "，始于第 " + (start.getLine() + 1) + " 行第 " + (start.getColumn() + 1) + " 列";
    }
}
