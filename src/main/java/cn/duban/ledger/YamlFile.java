package cn.duban.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one YAML file into a node tree, turning every way it can be unreadable into a located problem. */
final class YamlFile {

    /**
     * The largest file read: a province's ledger of 50,000 commitments is about 24 MB (docs/benchmarks.md). SnakeYAML's
     * own limit, 3 MiB of text, refused it; the whole file is in memory before it is parsed, so its length is the limit.
     */
    static final long MAX_BYTES = 256_000_000L;

    private YamlFile() {
    }

    static Optional<YamlMap> read(Path path, Problems problems) {
        return read(path, problems, MAX_BYTES);
    }

    static Optional<YamlMap> read(Path path, Problems problems, long maxBytes) {
        String file = path.toString();
        String text;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                problems.add(file, 0, null, null, "文件过大：" + megabytes(size) + "，不能超过 " + megabytes(maxBytes));
                return Optional.empty();
            }
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            problems.add(file, 0, null, null, "文件不存在");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(file, 0, null, null, "文件不是 UTF-8 编码");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, null, null, "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.add(file, 0, null, null, "文件为空");
            return Optional.empty();
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(text.length() + 1);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(file, line, null, null, "YAML 格式错误：" + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 0, null, null, "YAML 格式错误：" + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.add(file, 0, null, null, "文件中只有注释，没有内容");
            return Optional.empty();
        }
        return YamlMap.of(file, root, problems, "文件顶层");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
