package cn.duban.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit export covers. Commitments and bureaus select commitments (listed ones, and those led by a listed
 * bureau; both empty means every commitment and every other history row). {@code from} and {@code to} (inclusive,
 * Beijing dates) restrict each table by its own time column, named in the manifest.
 */
public record ExportFilter(List<String> commitments, List<String> bureaus, LocalDate from, LocalDate to) {

    public ExportFilter {
        commitments = List.copyOf(commitments);
        bureaus = List.copyOf(bureaus);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidExportRequest("from", "起始日期 " + from + " 晚于截止日期 " + to);
        }
    }

    public static ExportFilter everything() {
        return new ExportFilter(List.of(), List.of(), null, null);
    }

    /**
     * Parses the request parameters as given (lists comma-separated, dates YYYY-MM-DD); a bad value names its parameter.
     */
    public static ExportFilter parse(List<String> commitments, List<String> bureaus, String from, String to) {
        return new ExportFilter(split(commitments), split(bureaus), date("from", from), date("to", to));
    }

    /** True when the export is restricted to some commitments (and their history). */
    public boolean selectsCommitments() {
        return !commitments.isEmpty() || !bureaus.isEmpty();
    }

    public Map<String, Object> describe() {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("commitments", commitments);
        description.put("bureaus", bureaus);
        description.put("from", from == null ? null : from.toString());
        description.put("to", to == null ? null : to.toString());
        return description;
    }

    /** One line for the export record and logs, e.g. {@code commitments=[2024-02-01] bureaus=[] from=- to=-}. */
    public String summary() {
        return "commitments=" + commitments + " bureaus=" + bureaus + " from=" + (from == null ? "-" : from)
                + " to=" + (to == null ? "-" : to);
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(value -> !value.isEmpty()).distinct().toList();
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidExportRequest(parameter, "“" + value + "”不是 YYYY-MM-DD 格式的有效日期");
        }
    }
}
