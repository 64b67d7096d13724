package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerValidationTest {

    @TempDir
    Path folder;

    @Test
    void fixtureLedgerIsValid() {
        Ledger ledger = LedgerFixture.in(folder).read();

        assertThat(ledger.entries()).extracting(LedgerEntry::id)
                .containsExactly("2024-02-01", "2024-02-02", "2024-02-03", "2024-05-01");
    }

    @Test
    void aCityLedgerNumbersUpToFiveDigitsWithinASection() {
        Ledger ledger = LedgerFixture.in(folder).ledgerWith("\"2024-02-02\"", "\"2024-02-10002\"").read();

        assertThat(ledger.entries()).extracting(LedgerEntry::id).contains("2024-02-10002");
    }

    static Stream<Arguments> malformedLedgers() {
        return Stream.of(
                malformed("invalid YAML", f -> f.ledgerWith("    kind: quantitative\n    target: 15家", "    kind: quantitative\n   target: [15家"),
                        "ledger.yaml", 13, null, null, "YAML 格式错误"),
                malformed("empty ledger file", f -> f.ledger("   \n"), "ledger.yaml", 0, null, null, "文件为空"),
                malformed("comments only", f -> f.ledger("# 待填写\n"), "ledger.yaml", 0, null, null, "只有注释"),
                malformed("no commitments list", f -> f.ledgerWith("commitments:", "commitment:"),
                        "ledger.yaml", 6, null, "commitment", "未知字段"),
                malformed("duplicate id", f -> f.ledgerWith("\"2024-02-02\"", "\"2024-02-01\""),
                        "ledger.yaml", 21, "2024-02-01", "id", "重复"),
                malformed("id with a one-digit number", f -> f.ledgerWith("\"2024-02-02\"", "\"2024-02-2\""),
                        "ledger.yaml", 21, "2024-02-2", "id", "格式应为"),
                malformed("id of another year", f -> f.ledgerWith("\"2024-02-02\"", "\"2023-02-02\""),
                        "ledger.yaml", 21, "2023-02-02", "id", "年份"),
                malformed("unknown lead bureau", f -> f.ledgerWith("lead: gongxin", "lead: gongxinju"),
                        "ledger.yaml", 16, "2024-02-01", "lead", "不在责任单位名录中"),
                malformed("missing lead bureau", f -> f.ledgerWith("    lead: nongye\n", ""),
                        "ledger.yaml", 21, "2024-02-02", "lead", "必填字段缺失"),
                malformed("unknown co-bureau", f -> f.ledgerWith("co: [shangwu]", "co: [shangwu, caizheng]"),
                        "ledger.yaml", 17, "2024-02-01", "co", "caizheng"),
                malformed("missing unit", f -> f.ledgerWith("target: 15家", "target: 15"),
                        "ledger.yaml", 13, "2024-02-01", "target", "缺少计量单位"),
                malformed("negative target", f -> f.ledgerWith("target: 15家", "target: -15家"),
                        "ledger.yaml", 13, "2024-02-01", "target", "不能为负数"),
                malformed("non-numeric target", f -> f.ledgerWith("target: 15家", "target: 若干家"),
                        "ledger.yaml", 13, "2024-02-01", "target", "不是以数字开头"),
                malformed("target not in the source sentence", f -> f.ledgerWith("target: 15家", "target: 16家"),
                        "ledger.yaml", 13, "2024-02-01", "target", "未出现在原文句子中"),
                malformed("impossible date", f -> f.ledgerWith("deadline: 2024-12-31", "deadline: 2024-02-30"),
                        "ledger.yaml", 15, "2024-02-01", "deadline", "不是有效日期"),
                malformed("deadline outside the report year", f -> f.ledgerWith("deadline: 2024-12-31", "deadline: 2025-03-31"),
                        "ledger.yaml", 15, "2024-02-01", "deadline", "不在报告年度 2024 内"),
                malformed("unknown section", f -> f.ledgerWith("section: \"05\"", "section: \"09\""),
                        "ledger.yaml", 44, "2024-05-01", "section", "未知的报告部分"),
                malformed("milestone plan that decreases", f -> f.ledgerWith("[3, 7, 11, 15]", "[3, 8, 6, 15]"),
                        "ledger.yaml", 20, "2024-02-01", "milestones", "不能下降"),
                malformed("milestone plan that exceeds the target", f -> f.ledgerWith("[3, 7, 11, 15]", "[3, 7, 18, 15]"),
                        "ledger.yaml", 20, "2024-02-01", "milestones", "超过了目标值"),
                malformed("milestone plan short of the target at the deadline", f -> f.ledgerWith("[3, 7, 11, 15]", "[3, 7, 11, 14]"),
                        "ledger.yaml", 20, "2024-02-01", "milestones", "应等于目标值"),
                malformed("three milestones", f -> f.ledgerWith("[3, 7, 11, 15]", "[3, 7, 15]"),
                        "ledger.yaml", 20, "2024-02-01", "milestones", "应有 4 个季度"),
                malformed("status plan that goes backwards", f -> f.ledgerWith("[未启动, 推进中, 推进中, 已完成]", "[推进中, 未启动, 推进中, 已完成]"),
                        "ledger.yaml", 53, "2024-05-01", "milestones", "倒退"),
                malformed("unknown kind", f -> f.ledgerWith("kind: project", "kind: programme"),
                        "ledger.yaml", 47, "2024-05-01", "kind", "未知的任务类型"),
                malformed("numeric target on a project", f -> f.ledgerWith("kind: project", "kind: project\n    target: 1个"),
                        "ledger.yaml", 48, "2024-05-01", "target", "没有数值目标"),
                malformed("source sentence not in the report", f -> f.ledgerWith("楼宇经济税收增长12%。", "楼宇经济税收增长12%，再创新高。"),
                        "ledger.yaml", 35, "2024-02-03", "source", "找不到"),
                malformed("misspelt field", f -> f.ledgerWith("taskForce: true", "taskforce: true"),
                        "ledger.yaml", 52, "2024-05-01", "taskforce", "未知字段"),
                malformed("unknown leader", f -> f.ledgerWith("leader: ldnongye", "leader: ldxiaoming"),
                        "ledger.yaml", 30, "2024-02-02", "leader", "不在领导名录中"),
                malformed("unknown direction", f -> f.ledgerWith("direction: growth", "direction: decline"),
                        "ledger.yaml", 38, "2024-02-03", "direction", "未知的目标方向"),
                malformed("duplicate bureau", f -> f.bureausWith("{id: nongye,", "{id: gongxin,"),
                        "bureaus.yaml", 3, null, "id", "重复"),
                malformed("bureau of unknown kind", f -> f.bureausWith("kind: park", "kind: village"),
                        "bureaus.yaml", 6, "donglihu", "kind", "未知的单位类型"),
                malformed("bureau id unusable as a group id", f -> f.bureausWith("{id: wenlv,", "{id: wen-lv,"),
                        "bureaus.yaml", 5, null, "id", "只能由英文字母和数字组成"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLedgers")
    void malformedLedgerIsRejectedNamingFileLineEntryAndField(String name, UnaryOperator<LedgerFixture> mutation,
            String file, int line, String entryId, String field, String reason) {
        LedgerFixture fixture = mutation.apply(LedgerFixture.in(folder));

        LedgerValidationException rejected = catchThrowableOfType(LedgerValidationException.class, fixture::read);

        assertThat(rejected).as("the ledger should have been rejected").isNotNull();
        assertThat(rejected.errors()).anySatisfy(error -> {
            assertThat(error.file()).endsWith(file);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.entryId()).isEqualTo(entryId);
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.reason()).contains(reason);
        });
        assertThat(rejected.getMessage()).contains("未导入任何内容");
    }

    @Test
    void everyProblemIsReportedAtOnceNotOnlyTheFirst() {
        LedgerFixture fixture = LedgerFixture.in(folder)
                .ledgerWith("lead: gongxin", "lead: nobody")
                .ledgerWith("deadline: 2024-12-31", "deadline: 2024-13-01")
                .ledgerWith("kind: project", "kind: programme");

        LedgerValidationException rejected = catchThrowableOfType(LedgerValidationException.class, fixture::read);

        assertThat(rejected.errors()).extracting(LedgerError::field).contains("lead", "deadline", "kind");
    }

    @Test
    void missingMilestonesGetAnEvenDefaultPlanByKind() {
        Ledger ledger = LedgerFixture.in(folder)
                .ledgerWith("    milestones: [未启动, 推进中, 推进中, 已完成]\n", "")
                .read();

        assertThat(ledger.entries().get(1).milestones()).extracting(Milestone::display)
                .containsExactly("4650", "9300", "13950", "18600");
        assertThat(ledger.entries().get(2).milestones()).extracting(Milestone::display)
                .containsExactly("12", "12", "12", "12");
        assertThat(ledger.entries().get(3).milestones()).extracting(Milestone::display)
                .containsExactly("推进中", "推进中", "推进中", "已完成");
    }

    @Test
    void errorMessageNamesFileLineEntryAndField() {
        LedgerError error = new LedgerError("config/ledger-2024.yaml", 16, "2024-02-01", "lead", "牵头单位“x”不在责任单位名录中");

        assertThat(error).hasToString("config/ledger-2024.yaml:16 [2024-02-01] 字段 lead：牵头单位“x”不在责任单位名录中");
    }

    private static Arguments malformed(String name, UnaryOperator<LedgerFixture> mutation, String file, int line,
            String entryId, String field, String reason) {
        return Arguments.of(name, mutation, file, line, entryId, field, reason);
    }
}
