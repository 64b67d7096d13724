package cn.duban.operations;

import java.nio.file.Path;
import java.util.List;

/** The configuration directory lacks a file duban needs; each problem names the file. */
class MissingConfiguration extends RuntimeException {

    private final transient Path configDir;
    private final List<String> problems;

    MissingConfiguration(Path configDir, List<String> problems) {
        super("duban 的业务配置不完整：" + String.join("；", problems));
        this.configDir = configDir;
        this.problems = List.copyOf(problems);
    }

    Path configDir() {
        return configDir;
    }

    List<String> problems() {
        return problems;
    }
}
