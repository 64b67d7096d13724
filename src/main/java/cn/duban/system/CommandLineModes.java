package cn.duban.system;

import cn.duban.DubanApplication;
import cn.duban.audit.AuditExporter;
import cn.duban.audit.Auditors;
import cn.duban.audit.ExportFilter;
import cn.duban.audit.ExportFormat;
import cn.duban.audit.ExportVerifier;
import cn.duban.audit.InvalidExportRequest;
import cn.duban.audit.Verification;
import cn.duban.identity.Roles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import cn.duban.ledger.ImportReport;
import cn.duban.ledger.LedgerEntry;
import cn.duban.ledger.LedgerImporter;
import cn.duban.ledger.LedgerReader;
import cn.duban.ledger.LedgerValidationException;
import cn.duban.ledger.ReportText;
import cn.duban.ledger.extract.ExtractCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import cn.duban.simulation.DemoClock;
import cn.duban.simulation.Simulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line modes: {@code import} (validate and import the configured ledger into the configured
 * database, then exit), {@code simulate [YYYY-MM-DD]} (play the demo year on an empty database) and
 * {@code extract <report.txt> [--ledger=…] [--previous-ledger=…] [--format=yaml|xlsx]} (draft a ledger from a report;
 * touches no database), {@code export --user=<auditor> …} (write an audit export to a file) and
 * {@code verify <file>} (check an export against its manifest; touches no database). Exit code 0 on success,
 * 1 on invalid input (or a failed verification, or a user who is no auditor), 2 on misuse.
 */
public final class CommandLineModes {

    public static final String IMPORT = "import";
    public static final String EXTRACT = "extract";
    public static final String SIMULATE = "simulate";
    public static final String EXPORT = "export";
    public static final String VERIFY = "verify";
    private static final List<String> EXPORT_OPTIONS = List.of("--user=", "--format=", "--commitment=", "--bureau=",
            "--from=", "--to=", "--out=");
    /** The demo year: the report was adopted in January 2024; by default play until late November. */
    static final LocalDateTime SIMULATION_START = LocalDateTime.of(2024, 1, 12, 9, 0);
    static final LocalDate SIMULATION_DEFAULT_END = LocalDate.of(2024, 11, 20);
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
        return args.length > 0 && Set.of(IMPORT, EXTRACT, SIMULATE, EXPORT, VERIFY).contains(args[0]);
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case IMPORT -> importLedger(rest, out, err);
            case SIMULATE -> simulate(rest, out, err);
            case EXPORT -> export(rest, out, err);
            case VERIFY -> verify(rest, out, err);
            default -> extract(rest, out, err);
        };
    }

    static int extract(String[] args, PrintStream out, PrintStream err) {
        return ExtractCommand.run(args, Path.of(option(args, "--ledger-default=", DEFAULT_LEDGER)),
                Path.of(option(args, "--bureaus=", DEFAULT_BUREAUS)), Path.of(option(args, "--leaders=", DEFAULT_LEADERS)),
                out, err);
    }

    static int importLedger(String[] args, PrintStream out, PrintStream err) {
        return inContext(args, err, context -> {
            out.println(context.getBean(LedgerImporter.class).importConfiguredLedger("command-line").summary());
            return 0;
        });
    }

    /** {@code simulate [YYYY-MM-DD]}: plays the demo year on an empty database up to the given day. */
    static int simulate(String[] args, PrintStream out, PrintStream err) {
        List<String> dates = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        LocalDate end;
        try {
            end = dates.isEmpty() ? SIMULATION_DEFAULT_END : LocalDate.parse(dates.get(0));
        } catch (java.time.format.DateTimeParseException e) {
            err.println("用法：simulate [截止日期 YYYY-MM-DD]，例如 simulate 2025-01-12");
            return 2;
        }
        return inContext(args, err, context -> {
            LocalDateTime until = end.atTime(LocalTime.of(9, 0));
            out.println(context.getBean(Simulation.class).run(SIMULATION_START, until));
            context.getBeanProvider(DemoClock.class).ifAvailable(clock -> clock.write(until));
            return 0;
        });
    }

    /**
     * {@code export --user=<id> [--format=csv|xlsx|jsonl] [--commitment=…] [--bureau=…] [--from=YYYY-MM-DD]
     * [--to=YYYY-MM-DD] [--out=file]}: the named user must be a member of the auditors' group; the export is
     * recorded under that user with channel {@code command-line}.
     */
    static int export(String[] args, PrintStream out, PrintStream err) {
        String usage = "用法：export --user=<审计人员用户名> [--format=csv|xlsx|jsonl] [--commitment=2024-02-01,…] "
                + "[--bureau=gongxin,…] [--from=YYYY-MM-DD] [--to=YYYY-MM-DD] [--out=文件]";
        List<String> unknown = Arrays.stream(args)
                .filter(arg -> EXPORT_OPTIONS.stream().noneMatch(arg::startsWith))
                .filter(arg -> !(arg.startsWith("--") && arg.substring(2).contains(".")))
                .toList();
        String user = option(args, "--user=", "");
        Optional<ExportFormat> format = ExportFormat.of(option(args, "--format=", "csv"));
        if (!unknown.isEmpty() || user.isBlank() || format.isEmpty()) {
            err.println(unknown.isEmpty() ? usage : "未知参数 " + String.join(" ", unknown) + "\n" + usage);
            return 2;
        }
        ExportFilter filter;
        try {
            filter = ExportFilter.parse(List.of(option(args, "--commitment=", "")), List.of(option(args, "--bureau=", "")),
                    option(args, "--from=", null), option(args, "--to=", null));
        } catch (InvalidExportRequest e) {
            err.println(e.getMessage().replace("参数 ", "参数 --"));
            return 1;
        }
        Path file = Path.of(option(args, "--out=", "duban-audit-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + format.get().id() + "." + format.get().extension()));
        return inContext(args, err, context -> {
            if (!context.getBean(Auditors.class).isAuditor(user)) {
                err.println("用户 " + user + " 不存在或不属于审计组（" + Roles.AUDITORS + "），不能导出历史记录");
                return 1;
            }
            AuditExporter exporter = context.getBean(AuditExporter.class);
            try {
                exporter.validate(filter);
            } catch (InvalidExportRequest e) {
                err.println(e.getMessage().replace("参数 ", "参数 --"));
                return 1;
            }
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
                out.println(exporter.export(filter, format.get(), user, "command-line", stream).summary());
            } catch (IOException e) {
                err.println("无法写入 " + file + "：" + e.getMessage());
                return 1;
            }
            out.println("已写入 " + file.toAbsolutePath());
            return 0;
        });
    }

    /** {@code verify <file>}: recomputes the export's hashes and row counts; names every altered, missing or extra file. */
    static int verify(String[] args, PrintStream out, PrintStream err) {
        List<String> files = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (files.size() != 1) {
            err.println("用法：verify <导出文件.zip|.xlsx>");
            return 2;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isRegularFile(file)) {
            err.println("导出文件不存在：" + file);
            return 1;
        }
        Verification verification = ExportVerifier.verify(file);
        (verification.passed() ? out : err).println(verification.report());
        return verification.passed() ? 0 : 1;
    }

    private static int inContext(String[] args, PrintStream err, java.util.function.ToIntFunction<ConfigurableApplicationContext> mode) {
        // given as arguments, since application.yaml would override default properties
        Stream<String> modeArgs = Stream.of("--duban.ledger.import-on-startup=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.autoconfigure.exclude=" + String.join(",", WEB_ONLY_AUTO_CONFIGURATIONS));
        String[] springArgs = Stream.concat(modeArgs, Arrays.stream(args).filter(arg -> arg.startsWith("--"))).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DubanApplication.class)
                .web(WebApplicationType.NONE)
                .run(springArgs)) {
            return mode.applyAsInt(context);
        } catch (LedgerValidationException | IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String option(String[] args, String prefix, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(fallback);
    }
}
