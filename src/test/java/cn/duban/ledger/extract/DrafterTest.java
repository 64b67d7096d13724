package cn.duban.ledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.ledger.Direction;
import cn.duban.ledger.Kind;
import cn.duban.ledger.Ledger;
import cn.duban.ledger.LedgerReader;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class DrafterTest {

    private static final Ledger LEDGER = LedgerReader.read(Path.of("config/ledger-2024.yaml"), Path.of("config/bureaus.yaml"),
            Path.of("config/leaders.yaml"));
    private static final Drafter DRAFTER = new Drafter(new LeadProposer(LEDGER.entries(), DraftingKeywords.builtIn()), List.of());

    @Test
    void theSameReportInHalfWidthAndInTraditionalCharactersGivesTheSameDraft() {
        String report = TargetExtractorTest.FULL_REPORT;
        String halfWidth = Normalizer.normalize(report, Normalizer.Form.NFKC);
        String traditional = ZhConverterUtil.toTraditional(report);
        assertThat(traditional).contains("萬").contains("個").isNotEqualTo(report);

        List<String> draft = comparable(DRAFTER.draft(report));

        assertThat(draft).hasSizeGreaterThan(61 + 24);
        assertThat(comparable(DRAFTER.draft(halfWidth))).isEqualTo(draft);
        assertThat(comparable(DRAFTER.draft(traditional))).isEqualTo(draft);
    }

    @Test
    void theDraftQuotesTheReportVerbatimAndFillsSectionDeadlineAndLead() {
        String report = "二、2025年工作安排\n（一）做强特色農業。新建高标准农田2.5萬畝，6月底前完成“三区三线”划定工作。\n"
                + "（二）办好民生实事。新增就业1.5万人，启动东丽湖体育公园二期建设。\n";

        Draft draft = DRAFTER.draft(report);

        assertThat(draft.year()).isEqualTo(2025);
        assertThat(draft.entries()).extracting(DraftEntry::id).containsExactly("2025-01-01", "2025-01-02", "2025-02-01",
                "2025-02-02");
        DraftEntry farmland = draft.entries().get(0);
        assertThat(farmland.section().name()).isEqualTo("做强特色农业");
        assertThat(farmland.source()).isEqualTo("新建高标准农田2.5萬畝，6月底前完成“三区三线”划定工作。");
        assertThat(farmland.written()).isEqualTo("2.5萬畝");
        assertThat(farmland.target()).isEqualTo("2.5万亩");
        assertThat(farmland.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(farmland.lead().lead()).isEqualTo("nongye");
        assertThat(report.substring(farmland.from(), farmland.to())).isEqualTo("2.5萬畝");
        DraftEntry zoning = draft.entries().get(1);
        assertThat(zoning.kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(zoning.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(zoning.milestones()).containsExactly("推进中", "已完成", "已完成", "已完成");
        DraftEntry sports = draft.entries().get(3);
        assertThat(sports.kind()).isEqualTo(Kind.PROJECT);
        assertThat(sports.milestones()).containsExactly("未启动", "推进中", "推进中", "已完成");
        assertThat(sports.lead().reason()).contains("2024-01-03");
        assertThat(sports.lead().lead()).isEqualTo("wenlv");
        assertThat(draft.entries().get(2).lead().lead()).isEqualTo("renshe");
    }

    @Test
    void targetsSharingOneSentenceAreEachProposedTheBureauOfTheirOwnTitle() {
        String report = "二、2025年工作总体要求和主要预期目标\n"
                + "主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。\n";

        Draft draft = DRAFTER.draft(report);

        assertThat(draft.entries()).extracting(DraftEntry::title).containsExactly("地区生产总值增长5.5%左右",
                "城镇调查失业率控制在5.5%以内", "居民消费价格涨幅3%左右");
        assertThat(draft.entries()).extracting(entry -> entry.lead().lead()).containsExactly("fagai", "renshe", "fagai");
        assertThat(draft.entries().get(1).lead().reason()).contains("失业");
    }

    @Test
    void theYamlDraftIsValidYamlWithEveryEntryAndTheWorkbookHasARowEach() throws IOException {
        Draft draft = new Drafter(new LeadProposer(LEDGER.entries(), DraftingKeywords.builtIn()), LEDGER.entries())
                .draft(TargetExtractorTest.FULL_REPORT);
        String summary = DraftSummary.of(draft, true);

        Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(DraftYamlWriter.write(draft, draft.entries(), summary));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        DraftWorkbook.write(draft, draft.entries(), summary, Map.of("fagai", "区发展改革委"), xlsx);

        assertThat(summary).contains("共找到 61 个量化目标").contains("台账已覆盖量化目标 61 个，未覆盖 0 个")
                .contains("台账已列 24 项");
        assertThat((List<?>) yaml.get("commitments")).hasSize(draft.entries().size());
        assertThat(((List<?>) yaml.get("commitments")).stream().map(entry -> (Map<?, ?>) entry)
                .filter(entry -> "quantitative".equals(entry.get("kind"))).findFirst().orElseThrow().get("source"))
                .isEqualTo(LEDGER.entries().get(0).source());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheet("台账草稿").getLastRowNum()).isEqualTo(draft.entries().size());
            assertThat(workbook.getSheet("台账草稿").getRow(1).getCell(8).getStringCellValue()).isEqualTo("区发展改革委");
        }
    }

    private static List<String> comparable(Draft draft) {
        return draft.entries().stream().map(entry -> String.join("|", entry.id(), entry.section().id(),
                entry.section().name(), SourceText.of(entry.title()).text(), SourceText.of(entry.source()).text(), entry.kind().code(),
                String.valueOf(entry.target()), String.valueOf(entry.direction()), entry.deadline().toString(),
                String.valueOf(entry.lead().lead()), String.valueOf(entry.lead().leader()))).toList();
    }
}
