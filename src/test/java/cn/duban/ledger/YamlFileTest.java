package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlFileTest {

    @TempDir
    Path folder;

    /** Larger than SnakeYAML's default of 3 MiB of text, as a province's ledger is (about 24 MB at 50,000). */
    @Test
    void aFileOfMoreThanThreeMebibytesIsRead() throws IOException {
        StringBuilder yaml = new StringBuilder("entries:\n");
        int items = 0;
        while (yaml.length() < 4 << 20) {
            yaml.append("  - 第").append(items++).append("片区：对接引进京冀优质项目，推动产业链上下游协同发展和要素集聚\n");
        }
        Path file = Files.writeString(folder.resolve("ledger.yaml"), yaml);
        Problems problems = new Problems();

        Optional<YamlMap> read = YamlFile.read(file, problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(read).isPresent();
        assertThat(read.get().texts("entries")).hasSize(items).last().asString().startsWith("第" + (items - 1) + "片区");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path file = Files.writeString(folder.resolve("ledger.yaml"), "entries:\n" + "  - 一项承诺\n".repeat(100_000));
        Problems problems = new Problems();

        Optional<YamlMap> read = YamlFile.read(file, problems, 1_000_000);

        assertThat(read).isEmpty();
        assertThatThrownBy(problems::throwIfAny).isInstanceOf(LedgerValidationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("文件过大：1.7 MB，不能超过 1.0 MB");
    }
}
