package cn.duban.ledger.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The keyword map of the drafting assistant ({@code drafting-keywords.yaml}): which bureau and leader to propose
 * for a commitment the previous year's ledger has nothing like. The configuration directory's file wins; without
 * one the copy built into the jar applies, so the jar runs from anywhere.
 *
 * @param rules in order: the first rule with a keyword in the title (then in the sentence) applies
 */
public record DraftingKeywords(List<Rule> rules) {

    public static final String FILE = "drafting-keywords.yaml";
    static final String BUILT_IN = "/drafting/" + FILE;

    /**
     * @param words  keywords, e.g. 高标准农田, 农田
     * @param lead   the lead bureau's id
     * @param leader the leader's id, or {@code null} to take the bureau's usual leader in the previous ledger
     */
    public record Rule(List<String> words, String lead, String leader) {
    }

    /** The file in {@code configDir} if there is one, else the built-in map. */
    public static DraftingKeywords load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                return parse(Files.readString(file), file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取关键词表 " + file, e);
            }
        }
        return builtIn();
    }

    public static DraftingKeywords builtIn() {
        try (InputStream in = DraftingKeywords.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                return new DraftingKeywords(List.of());
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "内置关键词表");
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置关键词表", e);
        }
    }

    static DraftingKeywords parse(String yaml, String where) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("keywords") instanceof List<?> list)) {
            throw new IllegalArgumentException(where + "：应有 keywords 列表");
        }
        List<Rule> rules = new ArrayList<>();
        int number = 0;
        for (Object item : list) {
            number++;
            if (!(item instanceof Map<?, ?> rule) || !(rule.get("words") instanceof List<?> words) || !(rule.get("lead") instanceof String lead)) {
                throw new IllegalArgumentException(where + "：第 " + number + " 条规则应有 words 列表和 lead");
            }
            Object leader = rule.get("leader");
            rules.add(new Rule(words.stream().map(String::valueOf).toList(), lead, leader == null ? null : String.valueOf(leader)));
        }
        return new DraftingKeywords(List.copyOf(rules));
    }

    /** The first rule with a keyword in {@code text}, and that keyword. */
    public Optional<Map.Entry<Rule, String>> match(String text) {
        for (Rule rule : rules) {
            for (String word : rule.words()) {
                if (text.contains(word)) {
                    return Optional.of(Map.entry(rule, word));
                }
            }
        }
        return Optional.empty();
    }
}
