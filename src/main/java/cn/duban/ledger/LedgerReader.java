package cn.duban.ledger;

import cn.duban.system.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the ledger, bureau and leader files and checks them completely. Either every file is valid and
 * a {@link Ledger} comes back, or a {@link LedgerValidationException} lists every problem found.
 */
public final class LedgerReader {

    private static final Set<String> TOP_FIELDS = new LinkedHashSet<>(List.of("year", "report", "sections", "commitments"));

    private LedgerReader() {
    }

    /** Only the bureau and leader files, for setting up groups even while the ledger itself is being fixed. */
    public static Organisation readOrganisation(LedgerProperties files) {
        Problems problems = new Problems();
        List<Bureau> bureaus = OrganisationReader.readBureaus(files.bureausPath(), problems);
        List<Leader> leaders = OrganisationReader.readLeaders(files.leadersPath(), problems);
        problems.throwIfAny();
        return new Organisation(bureaus, leaders);
    }

    /**
     * The users file, checked against the groups duban creates: every bureau and leader, and {@code roleGroups}.
     * All or nothing: any problem, with file and line, throws.
     */
    public static List<UserEntry> readUsers(Path usersPath, Organisation organisation, Set<String> roleGroups) {
        Problems problems = new Problems();
        Set<String> groups = new java.util.HashSet<>(roleGroups);
        organisation.bureaus().forEach(bureau -> groups.add(bureau.id()));
        organisation.leaders().forEach(leader -> groups.add(leader.id()));
        List<UserEntry> users = OrganisationReader.readUsers(usersPath, groups, problems);
        problems.throwIfAny();
        return users;
    }

    /** The responsible units and leaders. */
    public record Organisation(List<Bureau> bureaus, List<Leader> leaders) {
    }

    public static Ledger read(LedgerProperties files) {
        return read(files.ledgerPath(), files.bureausPath(), files.leadersPath());
    }

    public static Ledger read(Path ledgerPath, Path bureausPath, Path leadersPath) {
        Problems problems = new Problems();
        List<Bureau> bureaus = OrganisationReader.readBureaus(bureausPath, problems);
        List<Leader> leaders = OrganisationReader.readLeaders(leadersPath, problems);
        Set<String> bureauIds = bureaus.stream().map(Bureau::id).collect(Collectors.toSet());
        Set<String> leaderIds = leaders.stream().map(Leader::id).collect(Collectors.toSet());
        for (String clash : leaderIds) {
            if (bureauIds.contains(clash)) {
                problems.add(leadersPath.toString(), 0, clash, "id", "领导编号与某责任单位编号相同，二者都将用作用户组编号");
            }
        }

        List<Section> sections = new ArrayList<>();
        List<LedgerEntry> entries = new ArrayList<>();
        int[] year = {0};
        YamlFile.read(ledgerPath, problems).ifPresent(top -> {
            top.rejectUnknownFields(TOP_FIELDS);
            year[0] = year(top);
            ReportText report = report(top, ledgerPath);
            Map<String, Section> byId = sections(top);
            sections.addAll(byId.values());
            if (!top.has("commitments")) {
                top.problem("commitments", "缺少“commitments:”承诺事项列表");
                return;
            }
            List<YamlMap> raw = top.maps("commitments");
            if (raw.isEmpty()) {
                top.problem("commitments", "承诺事项列表为空");
            }
            CommitmentEntryReader reader = new CommitmentEntryReader(year[0], byId, bureauIds, leaderIds, report);
            raw.forEach(item -> reader.read(item).ifPresent(entries::add));
        });
        problems.throwIfAny();
        return new Ledger(year[0], ledgerPath.toString(), sha256(ledgerPath), List.copyOf(sections),
                List.copyOf(bureaus), List.copyOf(leaders), List.copyOf(entries));
    }

    private static int year(YamlMap top) {
        return top.requiredText("year").map(text -> {
            try {
                int year = Integer.parseInt(text);
                if (year < 2000 || year > 2100) {
                    top.problem("year", "年份 " + year + " 不合理");
                }
                return year;
            } catch (NumberFormatException e) {
                top.problem("year", "“" + text + "”不是年份");
                return 0;
            }
        }).orElse(0);
    }

    private static ReportText report(YamlMap top, Path ledgerPath) {
        return top.requiredText("report").map(name -> {
            Path reportPath = ledgerPath.toAbsolutePath().getParent().resolve(name);
            if (!Files.isRegularFile(reportPath)) {
                top.problem("report", "报告文本文件 " + name + " 不存在（相对于台账所在目录）");
                return null;
            }
            return ReportText.load(reportPath);
        }).orElse(null);
    }

    private static Map<String, Section> sections(YamlMap top) {
        Map<String, Section> sections = new LinkedHashMap<>();
        if (!top.has("sections")) {
            top.problem("sections", "缺少“sections:”报告部分列表");
            return sections;
        }
        for (YamlMap item : top.maps("sections")) {
            item.rejectUnknownFields(new LinkedHashSet<>(List.of("id", "name")));
            String id = item.requiredText("id").orElse(null);
            String name = item.identifiedAs(id).requiredText("name").orElse(null);
            if (id != null && sections.putIfAbsent(id, new Section(id, name)) != null) {
                item.problem("id", "报告部分编号“" + id + "”重复");
            }
        }
        return sections;
    }

    static String sha256(Path path) {
        try {
            return Sha256.hex(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
