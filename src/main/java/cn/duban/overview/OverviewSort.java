package cn.duban.overview;

import cn.duban.dispatch.Rating;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** The overview's sortable columns, by the key the page and its URL use. Empty values sort last either way. */
enum OverviewSort {
    ID("id", OverviewRow::id, "id", true),
    TITLE("title", OverviewRow::title, "title", true),
    SECTION("section", OverviewRow::sectionId, "section_id", true),
    BUREAU("bureau", OverviewRow::leadBureauName, "bureau_name", true),
    LEADER("leader", OverviewRow::leaderId, "leader_id", true),
    KIND("kind", row -> row.kind().ordinal(), "kind_order", false),
    PERCENT("percent", OverviewRow::percentOfTarget, "percent_of_target", false),
    TRAJECTORY("trajectory", OverviewRow::trajectoryRatio, "trajectory_ratio", false),
    RATING("rating", row -> row.rating() == null ? null : severity(row.rating()), "rating_order", false),
    MODE("mode", row -> row.mode().ordinal(), "mode_order", false),
    NEXT_DUE("nextDue", OverviewRow::nextDueAt, "next_due_at", false),
    DAYS_OVERDUE("daysOverdue", OverviewRow::daysOverdue, "days_overdue", false),
    NOTICES("notices", OverviewRow::openNotices, "open_notices", false),
    BASELINE("baseline", OverviewRow::baselineVersion, "baseline_version", false),
    STATUS("status", row -> row.status().ordinal(), "status_order", false),
    DEADLINE("deadline", OverviewRow::deadline, "deadline", false);

    private final String key;
    private final Function<OverviewRow, Comparable<?>> value;
    private final String column;
    private final boolean text;

    /**
     * @param column the column of {@link OverviewPages}' derived table holding the same value
     * @param text   compared as Java compares strings, by code point, whatever the database's collation
     */
    OverviewSort(String key, Function<OverviewRow, Comparable<?>> value, String column, boolean text) {
        this.key = key;
        this.value = value;
        this.column = column;
        this.text = text;
    }

    String column() {
        return column;
    }

    boolean text() {
        return text;
    }

    String key() {
        return key;
    }

    static Optional<OverviewSort> of(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst();
    }

    static String keys() {
        return String.join("、", Arrays.stream(values()).map(OverviewSort::key).toList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<OverviewRow> comparator(boolean descending) {
        Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<OverviewRow> byValue = Comparator.comparing(row -> (Comparable) value.apply(row), Comparator.nullsLast(natural));
        return byValue.thenComparing(OverviewRow::id);
    }

    /** Red first when sorting by rating descending: how far behind the rating says the commitment is. */
    static int severity(Rating rating) {
        return switch (rating) {
            case GREEN -> 0;
            case BLUE -> 1;
            case YELLOW -> 2;
            case RED -> 3;
        };
    }
}
