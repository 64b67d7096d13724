package cn.duban.overview;

import cn.duban.dispatch.Rating;
import cn.duban.system.Printable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The overview's view as its URL keeps it: filters by bureau (lead or co-lead), section, leader, rating, state,
 * overdue and 专班, a text search, a sort column and direction, and a page. Any parameter it cannot read is refused
 * with its name; nothing is guessed.
 */
record OverviewFilter(String bureau, String section, String leader, String rating, CommitmentStatus status, Boolean overdue,
        Boolean taskForce, String text, OverviewSort sort, boolean descending, int page, int size) {

    static final String NO_RATING = "none";
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;
    private static final Set<String> PARAMETERS = Set.of("bureau", "section", "leader", "rating", "status", "overdue",
            "taskForce", "q", "sort", "order", "page", "size");

    /** Reads the parameters against the ids that exist: bureaus, sections and leaders. */
    static OverviewFilter parse(Map<String, String[]> parameters, Known known) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey())) {
                throw new InvalidOverviewRequest(parameter.getKey(), "不认识请求参数「" + Printable.of(parameter.getKey()) + "」；可用的参数："
                        + String.join("、", PARAMETERS.stream().sorted().toList()));
            }
            if (parameter.getValue().length > 1) {
                throw new InvalidOverviewRequest(parameter.getKey(), "请求参数「" + parameter.getKey() + "」只能给出一次");
            }
        }
        String bureau = known(parameters, "bureau", known.bureau(), "单位");
        String section = known(parameters, "section", known.section(), "篇章");
        String leader = known(parameters, "leader", known.leader(), "区领导");
        String rating = value(parameters, "rating").map(code -> {
            if (!NO_RATING.equals(code) && Arrays.stream(Rating.values()).noneMatch(r -> r.code().equals(code))) {
                throw new InvalidOverviewRequest("rating", "请求参数「rating」的值「" + code
                        + "」不正确，可选：green（绿灯）、yellow（黄灯）、red（红灯）、blue（蓝灯）、none（未评级）");
            }
            return code;
        }).orElse(null);
        CommitmentStatus status = value(parameters, "status").map(code -> Arrays.stream(CommitmentStatus.values())
                .filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidOverviewRequest("status", "请求参数「status」的值「" + code
                        + "」不正确，可选：running（推进中）、closed（已办结）、unfinished（逾期未完成）"))).orElse(null);
        Boolean overdue = flag(parameters, "overdue");
        Boolean taskForce = flag(parameters, "taskForce");
        String text = value(parameters, "q").map(String::strip).filter(q -> !q.isEmpty()).orElse(null);
        if (text != null && text.length() > 100) {
            throw new InvalidOverviewRequest("q", "请求参数「q」（搜索文字）不能超过 100 个字");
        }
        OverviewSort sort = value(parameters, "sort").map(key -> OverviewSort.of(key)
                .orElseThrow(() -> new InvalidOverviewRequest("sort", "请求参数「sort」的值「" + key + "」不是可排序的列，可选："
                        + OverviewSort.keys()))).orElse(OverviewSort.ID);
        boolean descending = value(parameters, "order").map(order -> switch (order) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidOverviewRequest("order", "请求参数「order」的值「" + order + "」不正确，可选：asc（升序）、desc（降序）");
        }).orElse(false);
        int page = number(parameters, "page", 1, Integer.MAX_VALUE, 1);
        int size = number(parameters, "size", 1, MAX_SIZE, DEFAULT_SIZE);
        return new OverviewFilter(bureau, section, leader, rating, status, overdue, taskForce, text, sort, descending, page, size);
    }

    /** Whether an id a filter names exists: asked only for the filters given, so a call without them reads nothing. */
    record Known(Predicate<String> bureau, Predicate<String> section, Predicate<String> leader) {
    }

    List<OverviewRow> apply(List<OverviewRow> rows) {
        Predicate<OverviewRow> keep = row -> true;
        if (bureau != null) {
            keep = keep.and(row -> row.leadBureauId().equals(bureau) || row.coBureauIds().contains(bureau));
        }
        if (section != null) {
            keep = keep.and(row -> row.sectionId().equals(section));
        }
        if (leader != null) {
            keep = keep.and(row -> row.leaderId().equals(leader));
        }
        if (rating != null) {
            keep = keep.and(row -> NO_RATING.equals(rating) ? row.rating() == null
                    : row.rating() != null && row.rating().code().equals(rating));
        }
        if (status != null) {
            keep = keep.and(row -> row.status() == status);
        }
        if (overdue != null) {
            keep = keep.and(row -> row.overdue() == overdue);
        }
        if (taskForce != null) {
            keep = keep.and(row -> row.taskForce() == taskForce);
        }
        if (text != null) {
            String wanted = text.toLowerCase(Locale.ROOT);
            keep = keep.and(row -> contains(row.id(), wanted) || contains(row.title(), wanted)
                    || contains(row.leadBureauName(), wanted) || contains(row.leaderTitle(), wanted)
                    || contains(row.sectionName(), wanted) || contains(row.targetText(), wanted));
        }
        Comparator<OverviewRow> order = sort.comparator(descending);
        return rows.stream().filter(keep).sorted(order).toList();
    }

    List<OverviewRow> pageOf(List<OverviewRow> filtered) {
        long from = (long) (page - 1) * size;
        if (from >= filtered.size()) {
            return List.of();
        }
        return filtered.subList((int) from, (int) Math.min(filtered.size(), from + size));
    }

    private static boolean contains(String field, String wanted) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static Optional<String> value(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? Optional.empty() : Optional.of(values[0].strip());
    }

    private static String known(Map<String, String[]> parameters, String name, Predicate<String> exists, String what) {
        return value(parameters, name).map(id -> {
            // no id holds a control character or exceeds the columns' 64 characters: such a value is not looked up
            if (id.length() > 64 || id.chars().anyMatch(Character::isISOControl) || !exists.test(id)) {
                throw new InvalidOverviewRequest(name, "请求参数「" + name + "」：没有编号为「" + Printable.of(id) + "」的" + what);
            }
            return id;
        }).orElse(null);
    }

    private static Boolean flag(Map<String, String[]> parameters, String name) {
        return value(parameters, name).map(value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidOverviewRequest(name, "请求参数「" + name + "」的值应为 true 或 false，而不是「" + Printable.of(value) + "」");
        }).orElse(null);
    }

    private static int number(Map<String, String[]> parameters, String name, int min, int max, int otherwise) {
        return value(parameters, name).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // answered below
            }
            throw new InvalidOverviewRequest(name, "请求参数「" + name + "」应为 " + min + " 到 " + max + " 之间的整数，而不是「"
                    + Printable.of(value) + "」");
        }).orElse(otherwise);
    }


}
