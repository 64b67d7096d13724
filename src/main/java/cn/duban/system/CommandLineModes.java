package cn.duban.system;

import cn.duban.DubanApplication;
import cn.duban.ledger.ImportReport;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.LedgerImporter;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.LedgerValidationException;
import cn.duban.ledger.ReportText;
import cn.duban.ledger.extract.DraftEntryWriter;
import cn.duban.ledger.extract.LedgerCoverage;
import cn.duban.ledger.extract.TargetExtractor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line modes: {@code import} (validate and import the configured ledger into the configured
 * database, then exit) and {@code extract <report.txt> [--ledger=…]} (print draft entries for the targets the
 * ledger does not cover yet; touches no database). Exit code 0 on success, 1 on invalid input, 2 on misuse.
 */
public final class CommandLineModes {

    public static final String IMPORT = "import";
    public static final String EXTRACT = "extract";
    /** The REST API and webapps need a servlet container, which the import mode does not start. */
    private static final List<String> WEB_ONLY_AUTO_CONFIGURATIONS = List.of(
            "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    static final String DEFAULT_LEDGER = "config/ledger-2024.yaml";
    static final String DEFAULT_BUREAUS = "config/bureaus.yaml";
    static final String DEFAULT_LEADERS = "config/leaders.yaml";

    private CommandLineModes() {
    }

    public static boolean isMode(String[] args) {
        return args.length > 0 && Set.of(IMPORT, EXTRACT).contains(args[0]);
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return IMPORT.equals(args[0]) ? importLedger(rest, out, err) : extract(rest, out, err);
    }

    static int extract(String[] args, PrintStream out, PrintStream err) {
        List<String> files = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (files.size() != 1) {
            err.println("用法：extract <报告文本.txt> [--ledger=config/ledger-2024.yaml]");
            return 2;
        }
        Path report = Path.of(files.get(0));
        if (!Files.isRegularFile(report)) {
            err.println("报告文本文件不存在：" + report);
            return 1;
        }
        Path ledgerPath = Path.of(option(args, "--ledger=", DEFAULT_LEDGER));
        ReportText text = ReportText.load(report);
        List<LedgerEntry> entries = List.of();
        int year = text.tasksYear().orElse(java.time.Year.now().getValue());
        if (Files.isRegularFile(ledgerPath)) {
            try {
                var ledger = LedgerReader.read(ledgerPath, Path.of(option(args, "--bureaus=", DEFAULT_BUREAUS)),
                        Path.of(option(args, "--leaders=", DEFAULT_LEADERS)));
                entries = ledger.entries();
            } catch (LedgerValidationException e) {
                err.println(e.getMessage());
                return 1;
            }
        } else {
            err.println("未找到台账 " + ledgerPath + "，按空台账计算覆盖情况");
        }
        LedgerCoverage coverage = LedgerCoverage.of(TargetExtractor.extract(text), entries);
        DraftEntryWriter.write(coverage, year, out);
        return 0;
    }

    static int importLedger(String[] args, PrintStream out, PrintStream err) {
        String[] springArgs = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DubanApplication.class)
                .web(WebApplicationType.NONE)
                .properties("duban.ledger.import-on-startup=false",
                        "spring.autoconfigure.exclude=" + String.join(",", WEB_ONLY_AUTO_CONFIGURATIONS))
                .run(springArgs)) {
            ImportReport report = context.getBean(LedgerImporter.class).importConfiguredLedger("command-line");
            out.println(report.summary());
            return 0;
        } catch (LedgerValidationException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String option(String[] args, String prefix, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }
}
