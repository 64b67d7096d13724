package cn.duban.nodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * The business configuration the servers of a test read: a copy of {@code config/} whose ledger keeps every
 * {@code step}-th commitment of the shipped one (quantitative and qualitative, across sections), and a
 * {@code notifications.yaml} that routes every bureau, leader and 督查室 to the test's robot as well.
 */
final class Ledger {

    private static final Pattern ENTRY = Pattern.compile("(?m)^  - id: \"([^\"]+)\"");
    private static final Pattern LEAD = Pattern.compile("(?m)^    lead: (\\S+)");
    private static final Pattern LEADER = Pattern.compile("(?m)^    leader: (\\S+)");

    final Path configDir;
    final List<String> commitmentIds = new ArrayList<>();
    final Set<String> recipients = new LinkedHashSet<>();

    private Ledger(Path configDir) {
        this.configDir = configDir;
    }

    /** {@code step} 1 keeps the whole ledger. */
    static Ledger every(int step, Path into, RobotReceiver robot) throws IOException {
        Ledger ledger = new Ledger(into);
        FileSystemUtils.deleteRecursively(into);
        FileSystemUtils.copyRecursively(Path.of("config"), into);
        Path file = into.resolve("ledger-2024.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher entries = ENTRY.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (entries.find()) {
            starts.add(entries.start());
        }
        StringBuilder kept = new StringBuilder(text.substring(0, starts.get(0)));
        for (int i = 0; i < starts.size(); i += step) {
            String entry = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            entry = entry.replaceAll("(?m)^  #.*\\R", "");
            kept.append(entry);
            Matcher id = ENTRY.matcher(entry);
            id.find();
            ledger.commitmentIds.add(id.group(1));
            ledger.recipients.add(group(LEAD, entry));
            ledger.recipients.add(group(LEADER, entry));
        }
        Files.writeString(file, kept.toString(), StandardCharsets.UTF_8);
        ledger.routeToRobot(robot);
        return ledger;
    }

    /**
     * A city-sized ledger: {@code commitments} entries of {@link cn.duban.scale.SyntheticLedger} over {@code bureaus}
     * synthetic units, every unit, leader and 督查室 routed to the robot.
     */
    static Ledger synthetic(int commitments, int bureaus, Path into, RobotReceiver robot) throws IOException {
        Ledger ledger = new Ledger(into);
        FileSystemUtils.deleteRecursively(into);
        FileSystemUtils.copyRecursively(Path.of("config"), into);
        cn.duban.scale.SyntheticLedger.write(into, commitments, bureaus);
        Map<String, List<Map<String, Object>>> written = new Yaml().load(
                Files.readString(into.resolve("ledger-2024.yaml"), StandardCharsets.UTF_8));
        written.get("commitments").forEach(entry -> ledger.commitmentIds.add(entry.get("id").toString()));
        for (int n = 0; n < bureaus; n++) {
            ledger.recipients.add(String.format("bu%03d", n + 1));
        }
        Map<String, List<Map<String, Object>>> leaders = new Yaml().load(
                Files.readString(into.resolve("leaders.yaml"), StandardCharsets.UTF_8));
        leaders.get("leaders").forEach(leader -> ledger.recipients.add(leader.get("id").toString()));
        ledger.routeToRobot(robot);
        return ledger;
    }

    private void routeToRobot(RobotReceiver robot) throws IOException {
        recipients.add("duchashi");
        StringBuilder routes = new StringBuilder("notifications:\n  base-url: http://duban.test\n  routes:\n");
        for (String recipient : recipients) {
            routes.append("    - to: ").append(recipient).append("\n      channel: wecom\n      address: ")
                    .append(robot.address(recipient)).append('\n');
        }
        Files.writeString(configDir.resolve("notifications.yaml"), routes.toString(), StandardCharsets.UTF_8);
    }

    private static String group(Pattern pattern, String entry) {
        Matcher matcher = pattern.matcher(entry);
        if (!matcher.find()) {
            throw new IllegalStateException("ledger entry without " + pattern + ": " + entry);
        }
        return matcher.group(1);
    }
}
