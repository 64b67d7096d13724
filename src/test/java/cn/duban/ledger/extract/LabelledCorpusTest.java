package cn.duban.ledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Recall and precision of the quantitative targets on report-like texts written for this test in the styles of
 * different governments (district, county, city, province; simplified, traditional, half-width; 2019–2025): each
 * {@code drafting/*.txt} has a sidecar {@code .yaml} listing its targets as {@code <target> <direction>}. A target
 * counts as found when the extractor gives the same target and direction (as a multiset per text).
 */
class LabelledCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/drafting");
    private static final double REQUIRED = 0.95;

    @Test
    void findsAtLeastNinetyFivePercentOfTheTargetsWithAtLeastNinetyFivePercentPrecision() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        int expectedTotal = 0;
        int foundTotal = 0;
        int matchedTotal = 0;
        List<String> problems = new ArrayList<>();
        for (Path text : texts) {
            List<String> expected = expected(Path.of(text.toString().replaceFirst("\\.txt$", ".yaml")));
            List<String> found = TargetExtractor.extract(Files.readString(text)).stream()
                    .map(target -> target.text() + " " + target.direction().code()).toList();
            Map<String, Integer> left = new HashMap<>();
            expected.forEach(e -> left.merge(e, 1, Integer::sum));
            int matched = 0;
            List<String> extra = new ArrayList<>();
            for (String target : found) {
                if (left.getOrDefault(target, 0) > 0) {
                    left.merge(target, -1, Integer::sum);
                    matched++;
                } else {
                    extra.add(target);
                }
            }
            List<String> missed = left.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList();
            System.out.printf("%-32s 标注 %3d  找到 %3d  正确 %3d%s%s%n", text.getFileName(), expected.size(), found.size(), matched,
                    missed.isEmpty() ? "" : "  漏：" + missed, extra.isEmpty() ? "" : "  误：" + extra);
            if (!missed.isEmpty() || !extra.isEmpty()) {
                problems.add(text.getFileName().toString());
            }
            expectedTotal += expected.size();
            foundTotal += found.size();
            matchedTotal += matched;
        }
        double recall = (double) matchedTotal / expectedTotal;
        double precision = (double) matchedTotal / foundTotal;
        System.out.printf("语料 %d 篇：标注量化目标 %d 个，找到 %d 个，正确 %d 个；召回率 %.1f%%，准确率 %.1f%%%n", texts.size(),
                expectedTotal, foundTotal, matchedTotal, 100 * recall, 100 * precision);

        assertThat(texts).hasSizeGreaterThanOrEqualTo(10);
        assertThat(recall).as("召回率（有误差的：%s）", problems).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(precision).as("准确率（有误差的：%s）", problems).isGreaterThanOrEqualTo(REQUIRED);
    }

    @SuppressWarnings("unchecked")
    private static List<String> expected(Path sidecar) throws IOException {
        Map<String, Object> labels = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(sidecar));
        return ((List<Object>) labels.get("targets")).stream().map(String::valueOf).toList();
    }
}
