package cn.duban.overview;

import cn.duban.dispatch.Rating;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** The overview's sortable columns, by the key the page and its URL use. Empty values sort last either way. */
enum OverviewSort {
    ID("id", OverviewRow::id),
    TITLE("title", OverviewRow::title),
    SECTION("section", OverviewRow::sectionId),
    BUREAU("bureau", OverviewRow::leadBureauName),
    LEADER("leader", OverviewRow::leaderId),
    KIND("kind", row -> row.kind().ordinal()),
    PERCENT("percent", OverviewRow::percentOfTarget),
    TRAJECTORY("trajectory", OverviewRow::trajectoryRatio),
    RATING("rating", row -> row.rating() == null ? null : severity(row.rating())),
    MODE("mode", row -> row.mode().ordinal()),
    NEXT_DUE("nextDue", OverviewRow::nextDueAt),
    DAYS_OVERDUE("daysOverdue", OverviewRow::daysOverdue),
    NOTICES("notices", OverviewRow::openNotices),
    BASELINE("baseline", OverviewRow::baselineVersion),
    STATUS("status", row -> row.status().ordinal()),
    DEADLINE("deadline", OverviewRow::deadline);

    private final String key;
    private final Function<OverviewRow, Comparable<?>> value;

    OverviewSort(String key, Function<OverviewRow, Comparable<?>> value) {
        this.key = key;
        this.value = value;
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
    private static int severity(Rating rating) {
        return switch (rating) {
            case GREEN -> 0;
            case BLUE -> 1;
            case YELLOW -> 2;
            case RED -> 3;
        };
    }
}
