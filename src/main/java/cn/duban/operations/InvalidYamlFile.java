package cn.duban.operations;

import java.nio.file.Path;

/** A configuration file that is not valid YAML (or not UTF-8): which file, where, and the parser's own words. */
class InvalidYamlFile extends RuntimeException {

    private final transient Path file;

    InvalidYamlFile(Path file, int line, int column, String problem) {
        super(file.toAbsolutePath().normalize() + (line > 0 ? " 第 " + line + " 行第 " + column + " 列" : "")
                + "：" + problem);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
