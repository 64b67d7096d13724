package cn.duban.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read as raw text with line numbers. Values are never resolved by YAML's implicit
 * typing, so {@code 2024-01-01} stays an id and is not turned into a date.
 */
final class YamlMap {

    private final String file;
    private final String entryId;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Problems problems;

    private YamlMap(String file, Node node, Problems problems, String entryId, Map<String, NodeTuple> fields) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        this.entryId = entryId;
        this.fields.putAll(fields);
    }

    private static YamlMap scan(String file, Node node, Problems problems) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problems.add(file, line(tuple.getKeyNode()), null, null, "字段名必须是文字");
            } else if (fields.putIfAbsent(key, tuple) != null) {
                problems.add(file, line(tuple.getKeyNode()), null, key, "字段重复出现");
            }
        }
        return new YamlMap(file, node, problems, null, fields);
    }

    /** Reads {@code node} as a mapping, or records a problem and returns empty. */
    static Optional<YamlMap> of(String file, Node node, Problems problems, String what) {
        if (node instanceof MappingNode) {
            return Optional.of(scan(file, node, problems));
        }
        problems.add(file, line(node), null, null, what + "必须是“字段: 值”的映射");
        return Optional.empty();
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    String entryId() {
        return entryId;
    }

    Problems problems() {
        return problems;
    }

    void problem(String key, String reason) {
        problems.add(file, line(key), entryId, key, reason);
    }

    void rejectUnknownFields(Set<String> allowed) {
        for (String key : fields.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(file, line(fields.get(key).getKeyNode()), entryId, key,
                        "未知字段（允许的字段：" + String.join("、", allowed) + "）");
            }
        }
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The trimmed text of a scalar field, empty when absent or blank. */
    Optional<String> text(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problem(key, "必须是单个值");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<String> requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && (!has(key) || fields.get(key).getValueNode() instanceof ScalarNode)) {
            problem(key, "必填字段缺失或为空");
        }
        return value;
    }

    /** The scalar items of a list field; a single scalar counts as a one-item list. */
    List<String> texts(String key) {
        NodeTuple tuple = fields.get(key);
        List<String> values = new ArrayList<>();
        if (tuple == null) {
            return values;
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            }
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.add(file, line(item), entryId, key, "列表中的每一项必须是单个值");
                }
            }
        } else {
            problem(key, "必须是列表，例如 [a, b]");
        }
        return values;
    }

    /** The mapping items of a list field, each with its own line numbers. */
    List<YamlMap> maps(String key) {
        NodeTuple tuple = fields.get(key);
        List<YamlMap> values = new ArrayList<>();
        if (tuple == null) {
            return values;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problem(key, "必须是列表，每项以“- ”开头");
            return values;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode) {
                values.add(scan(file, item, problems));
            } else {
                problems.add(file, line(item), entryId, key, "列表中的每一项必须是“字段: 值”的映射");
            }
        }
        return values;
    }

    /** This mapping, now naming {@code id} in its problems. */
    YamlMap identifiedAs(String id) {
        return new YamlMap(file, node, problems, id, fields);
    }
}
