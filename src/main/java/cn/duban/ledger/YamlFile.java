package cn.duban.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one YAML file into a node tree, turning every way it can be unreadable into a located problem. */
final class YamlFile {

    private YamlFile() {
    }

    static Optional<YamlMap> read(Path path, Problems problems) {
        String file = path.toString();
        String text;
        try {
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
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
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
}
