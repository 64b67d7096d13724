package cn.duban.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftSummaryTest {

    @Test
    void aDistrictsRankingIsListedWhole() {
        String summary = DraftSummary.of(rows(20), names(20));
        assertThat(summary.lines()).hasSize(21);
        assertThat(summary).contains("第1名  合成责任单位1（bu001）  ").contains("第20名").doesNotContain("未列出");
    }

    @Test
    void aCitysHundredBureausAreCutToWhatAStringVariableHoldsAndSaySo() {
        String summary = DraftSummary.of(rows(150), names(150));
        assertThat(summary.length()).isLessThanOrEqualTo(DraftSummary.LIMIT);
        List<String> lines = summary.lines().toList();
        int listed = lines.size() - 2;
        assertThat(lines.get(1)).startsWith("第1名");
        assertThat(lines.get(listed)).startsWith("第" + listed + "名");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("……另有 " + (150 - listed) + " 个单位未列出，完整排名见成绩单页面");
        assertThat(listed).isGreaterThan(40);
    }

    private static List<ScorecardRow> rows(int bureaus) {
        List<ScorecardRow> rows = new ArrayList<>();
        for (int i = 1; i <= bureaus; i++) {
            BureauFigures figures = new BureauFigures(String.format("bu%03d", i), 12, 10, 9, 1, 3, new BigDecimal("0.95"),
                    10, 7, 2, 1, 1, 0, 2);
            BigDecimal score = new BigDecimal("92.50");
            rows.add(new ScorecardRow(figures, score, BigDecimal.ZERO, null, null, score, i, null));
        }
        return rows;
    }

    private static Map<String, String> names(int bureaus) {
        Map<String, String> names = new HashMap<>();
        for (int i = 1; i <= bureaus; i++) {
            names.put(String.format("bu%03d", i), "合成责任单位" + i);
        }
        return names;
    }
}
