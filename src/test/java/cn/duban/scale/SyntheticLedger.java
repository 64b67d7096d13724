package cn.duban.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A city's or a province's ledger scaled from the real one ({@code config/ledger-2024.yaml}): the 85 real commitments
 * repeated once per "district" (片区) until the wanted count, each copy's source sentences prefixed with its district so
 * the matching synthetic report holds every one verbatim and the import's check against the report runs for real.
 * Lead and co-bureaus are spread over {@code bureaus} synthetic units; the leaders are the real ones.
 */
public final class SyntheticLedger {

    static final Path REAL = Path.of("config");
    static final String LEDGER = "ledger-2024.yaml";
    static final String BUREAUS = "bureaus.yaml";
    static final String LEADERS = "leaders.yaml";
    static final String REPORT = "report/synthetic-report.txt";

    private SyntheticLedger() {
    }

    /** Bureau {@code n} (from 0) of the synthetic directory. */
    static String bureau(int n) {
        return String.format("bu%03d", n + 1);
    }

    /**
     * Writes ledger, bureaus, leaders and report files for {@code commitments} entries over {@code bureaus} units into
     * {@code dir} (created if missing) and returns {@code dir}.
     */
    @SuppressWarnings("unchecked")
    public static Path write(Path dir, int commitments, int bureaus) {
        try {
            Files.createDirectories(dir.resolve("report"));
            Map<String, Object> real = new Yaml().load(Files.readString(REAL.resolve(LEDGER)));
            List<Map<String, Object>> originals = (List<Map<String, Object>>) real.get("commitments");
            List<Map<String, Object>> entries = new ArrayList<>(commitments);
            Map<String, Integer> sequence = new LinkedHashMap<>();
            StringBuilder report = new StringBuilder("（合成报告，供规模测试使用）\n一、过去一年工作回顾\n二、2024年主要任务\n");
            for (int district = 0; entries.size() < commitments; district++) {
                String prefix = "第" + (district + 1) + "片区：";
                Set<String> sentences = new LinkedHashSet<>();
                for (Map<String, Object> original : originals) {
                    if (entries.size() == commitments) {
                        break;
                    }
                    Map<String, Object> entry = new LinkedHashMap<>(original);
                    // SnakeYAML reads 2024-12-31 as a timestamp; written back as the date the ledger holds
                    entry.replaceAll((field, value) -> value instanceof java.util.Date date
                            ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : value);
                    String section = (String) original.get("section");
                    int seq = sequence.merge(section, 1, Integer::sum);
                    entry.put("id", String.format("2024-%s-%04d", section, seq));
                    String source = prefix + original.get("source");
                    entry.put("source", source);
                    sentences.add(source);
                    int n = entries.size();
                    int lead = n % bureaus;
                    entry.put("lead", bureau(lead));
                    List<String> co = new ArrayList<>();
                    int coCount = ((List<?>) original.getOrDefault("co", List.of())).size();
                    for (int i = 1; i <= coCount && i < bureaus; i++) {
                        co.add(bureau((lead + i * 7) % bureaus));
                    }
                    entry.put("co", co.stream().distinct().filter(id -> !id.equals(bureau(lead))).toList());
                    entries.add(entry);
                }
                sentences.forEach(sentence -> report.append(sentence).append('\n'));
            }
            report.append("三、加强政府自身建设\n");
            Map<String, Object> ledger = new LinkedHashMap<>(real);
            ledger.put("report", REPORT);
            ledger.put("commitments", entries);
            DumperOptions block = new DumperOptions();
            block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            block.setWidth(4000);
            block.setDereferenceAliases(true);
            Files.writeString(dir.resolve(LEDGER), new Yaml(block).dump(ledger), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(REPORT), report, StandardCharsets.UTF_8);
            List<Map<String, String>> units = new ArrayList<>();
            for (int n = 0; n < bureaus; n++) {
                units.add(Map.of("id", bureau(n), "name", "合成责任单位" + (n + 1), "shortName", "合成单位" + (n + 1),
                        "kind", "department"));
            }
            Files.writeString(dir.resolve(BUREAUS), new Yaml(block).dump(Map.of("bureaus", units)), StandardCharsets.UTF_8);
            Files.copy(REAL.resolve(LEADERS), dir.resolve(LEADERS), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
