package cn.duban.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid set of ledger files in a folder, which each test bends into the shape it needs. */
public final class LedgerFixture {

    static final String REPORT = """
            二、2024年主要任务
            （二）筑牢实体之基，着力推进产业焕新转型升级。
            推进传统产业转型升级，新增规上工业企业15家，引导重点轻工企业实施“三品”创建行动。
            严格落实耕地保护和粮食安全责任，新建高标准农田3800亩，完成提升改造1.86万亩，确保粮食和重要农产品稳产保供。
            培育发展总部经济、平台经济、流量经济，楼宇经济税收增长12%。
            （五）彰显城市之美，着力塑造现代化的美丽东丽。
            推进东丽湖农商文旅体融合发展规划落地见效，启动东丽湖体育公园建设。
            三、加强政府自身建设
            """;

    static final String BUREAUS = """
            bureaus:
              - {id: gongxin, name: 东丽区工业和信息化局, shortName: 区工信局, kind: department}
              - {id: nongye, name: 东丽区农业农村委员会, shortName: 区农业农村委, kind: department}
              - {id: shangwu, name: 东丽区商务局, shortName: 区商务局, kind: department}
              - {id: wenlv, name: 东丽区文化和旅游局, shortName: 区文化旅游局, kind: department}
              - {id: donglihu, name: 东丽湖管委会, shortName: 东丽湖示范区, kind: park}
            """;

    static final String LEADERS = """
            leaders:
              - {id: ldgongye, title: 副区长（分管工业）}
              - {id: ldnongye, title: 副区长（分管农业农村）}
            """;

    /** The first commitment starts on line 8, each field on a line of its own; tests name these lines. */
    static final String LEDGER = """
            year: 2024
            report: report.txt
            sections:
              - {id: "02", name: 筑牢实体之基，着力推进产业焕新转型升级}
              - {id: "05", name: 彰显城市之美，着力塑造现代化的美丽东丽}
            commitments:
              # 02 筑牢实体之基
              - id: "2024-02-01"
                section: "02"
                title: 新增规上工业企业15家
                source: 推进传统产业转型升级，新增规上工业企业15家，引导重点轻工企业实施“三品”创建行动。
                kind: quantitative
                target: 15家
                direction: at-least
                deadline: 2024-12-31
                lead: gongxin
                co: [shangwu]
                leader: ldgongye
                taskForce: false
                milestones: [3, 7, 11, 15]
              - id: "2024-02-02"
                section: "02"
                title: 完成高标准农田提升改造1.86万亩
                source: 严格落实耕地保护和粮食安全责任，新建高标准农田3800亩，完成提升改造1.86万亩，确保粮食和重要农产品稳产保供。
                kind: quantitative
                target: 1.86万亩
                direction: at-least
                deadline: 2024-12-31
                lead: nongye
                leader: ldnongye
                taskForce: false
              - id: "2024-02-03"
                section: "02"
                title: 楼宇经济税收增长12%
                source: 培育发展总部经济、平台经济、流量经济，楼宇经济税收增长12%。
                kind: quantitative
                target: 12%
                direction: growth
                deadline: 2024-12-31
                lead: shangwu
                leader: ldgongye
                taskForce: false
              - id: "2024-05-01"
                section: "05"
                title: 启动东丽湖体育公园建设
                source: 推进东丽湖农商文旅体融合发展规划落地见效，启动东丽湖体育公园建设。
                kind: project
                deadline: 2024-12-31
                lead: wenlv
                co: [donglihu]
                leader: ldnongye
                taskForce: true
                milestones: [未启动, 推进中, 推进中, 已完成]
            """;

    private final Path folder;
    private String ledger = LEDGER;
    private String bureaus = BUREAUS;
    private String leaders = LEADERS;

    private LedgerFixture(Path folder) {
        this.folder = folder;
    }

    public static LedgerFixture in(Path folder) {
        return new LedgerFixture(folder);
    }

    /** Replaces the first occurrence of {@code text} in the ledger; fails loudly when the fixture has no such text. */
    public LedgerFixture ledgerWith(String text, String replacement) {
        ledger = replaced(ledger, text, replacement);
        return this;
    }

    public LedgerFixture ledger(String content) {
        ledger = content;
        return this;
    }

    LedgerFixture bureausWith(String text, String replacement) {
        bureaus = replaced(bureaus, text, replacement);
        return this;
    }

    LedgerFixture bureaus(String content) {
        bureaus = content;
        return this;
    }

    public LedgerProperties write() {
        try {
            Files.writeString(folder.resolve("report.txt"), REPORT);
            Files.writeString(folder.resolve("ledger.yaml"), ledger);
            Files.writeString(folder.resolve("bureaus.yaml"), bureaus);
            Files.writeString(folder.resolve("leaders.yaml"), leaders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LedgerProperties(folder, "ledger.yaml", "bureaus.yaml", "leaders.yaml", false);
    }

    public Ledger read() {
        return LedgerReader.read(write());
    }

    private static String replaced(String content, String text, String replacement) {
        if (!content.contains(text)) {
            throw new IllegalArgumentException("fixture has no “" + text + "”");
        }
        return content.replaceFirst(java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
