package cn.duban.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.dispatch.Rating;
import cn.duban.ledger.LedgerImporter;
import cn.duban.ledger.LedgerReader;
import cn.duban.standing.CommitmentStandings;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's 督办总览 ({@link OverviewPages} over {@code commitment_standing}) against the same view computed in
 * Java from every full row ({@link OverviewRows#visibleTo} and {@link OverviewFilter#apply}, the Excel download's
 * path): the real ledger's 85 commitments with random reports, ratings, report periods, dispatch modes, 督办单,
 * baselines, process ends and titles chosen to tie and to sort differently under a collation, for every sort key and
 * direction, the filters alone and combined, three callers and three moments of the year. Run on PostgreSQL
 * ({@link OverviewPagesTest}) and on the demo profile's H2 ({@link OverviewPagesOnH2Test}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OverviewPagesContract {

    static final ZoneId ZONE = ZoneId.systemDefault();
    /** Titles that tie and that a collation orders otherwise than Java's code points. */
    static final List<String> TITLES = List.of("a-1", "A_2", "a1", "B", "b", "中文", "Ｂ全角", "区-1", "区_1", "x%y", "");

    @Autowired
    ProcessEngine engine;
    @Autowired
    LedgerImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommitmentStandings standings;
    @Autowired
    OverviewPages pages;
    @Autowired
    OverviewRows rows;

    private final Random random = new Random(14);
    private List<String> ids;

    /** The real ledger imported, whatever else the database holds. */
    abstract void importTheLedger();

    void importRealLedger() {
        Path config = Path.of("config");
        importer.importLedger(LedgerReader.read(config.resolve("ledger-2024.yaml"), config.resolve("bureaus.yaml"),
                config.resolve("leaders.yaml")), "tester");
    }

    @BeforeAll
    void aLedgerInEveryState() {
        ClockUtil.setCurrentTime(java.util.Date.from(at("2024-01-15T09:00")));
        importTheLedger();
        ids = jdbc.queryForList("select id from commitment order by id", String.class);
        for (String id : ids) {
            String instance = jdbc.queryForObject("select process_instance_id from commitment where id = ?", String.class, id);
            if (random.nextInt(4) == 0) {
                jdbc.update("update commitment set title = ? where id = ?", pick(TITLES) + id.substring(id.length() - 1), id);
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                Timestamp reported = Timestamp.from(at(pick(List.of("2024-02-05T10:00", "2024-03-05T10:00", "2024-04-05T10:00"))));
                jdbc.update("""
                        insert into progress_report (commitment_id, period, period_end, dispatch_mode, due_at, reported_at,
                            percent_of_target, trajectory_ratio, work_done, next_steps, days_overdue, on_time, process_instance_id)
                        values (?, '2024-01', date '2024-01-31', 'monthly', ?, ?, ?, ?, '走访企业', '继续跟进', 0, true, ?)""",
                        id, reported, reported, pick(List.of(10, 50, 50, 120)), pick(List.of(0.5, 1.0, 1.0, 1.2)), instance);
                if (random.nextBoolean()) {
                    jdbc.update("""
                            insert into rating_record (commitment_id, period, rated_at, rating, reason, trajectory_ratio,
                                days_overdue, days_to_deadline, escalated) values (?, '2024-01', ?, ?, '序时进度', 1.0, 0, 300, false)""",
                            id, reported, pick(List.of(Rating.values())).code());
                }
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                Instant opens = at(pick(List.of("2024-01-01T00:00", "2024-02-01T00:00", "2024-07-01T00:00")));
                Instant due = opens.plusSeconds(86_400L * pick(List.of(5, 5, 40)) + pick(List.of(0, 3_600)));
                jdbc.update("""
                        insert into report_period (commitment_id, process_instance_id, period, period_end, dispatch_mode, opens_at,
                            due_at, reminder_at, overdue_escalation_at, filed_at) values (?, ?, '2024-01', date '2024-01-31',
                            'monthly', ?, ?, ?, ?, ?)""", id, instance, Timestamp.from(opens), Timestamp.from(due),
                        Timestamp.from(due), Timestamp.from(due), random.nextInt(3) == 0 ? Timestamp.from(due) : null);
            }
            if (random.nextInt(5) == 0) {
                jdbc.update("insert into dispatch_state (commitment_id, dispatch_mode, changed_at, reason) values (?, ?, ?, '红灯')",
                        id, pick(List.of("weekly", "monthly")), Timestamp.from(at("2024-03-01T10:00")));
            }
            for (int n = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; n > 0; n--) {
                jdbc.update("""
                        insert into supervision_notice (commitment_id, cause, requirements, due_date, issued_at, plan_filed_at)
                        values (?, '连续红灯', '限期整改', date '2024-04-01', ?, ?)""", id, Timestamp.from(at("2024-03-10T10:00")),
                        random.nextBoolean() ? Timestamp.from(at("2024-03-15T10:00")) : null);
            }
            for (int version = 1, versions = random.nextInt(3); version <= versions; version++) {
                jdbc.update("""
                        insert into commitment_baseline (commitment_id, version, deadline, reason, approved_at)
                        values (?, ?, ?, '实施方案', ?)""", id, version,
                        java.sql.Date.valueOf(pick(List.of("2024-06-30", "2024-12-31", "2025-03-31"))),
                        Timestamp.from(at("2024-01-20T10:00")));
            }
            standings.refresh(id);
            if (random.nextInt(6) == 0) {
                engine.getRuntimeService().deleteProcessInstance(instance, "test");
                assertThat(jdbc.queryForMap("select ended_at, end_activity from commitment_standing where commitment_id = ?", id))
                        .as("the end recorded with the engine's history of it")
                        .isEqualTo(jdbc.queryForMap("select end_time_ as ended_at, end_act_id_ as end_activity from act_hi_procinst"
                                + " where proc_inst_id_ = ?", instance));
                // how else a process ends: the query reads the end activity, whichever event wrote it
                String end = pick(List.of(CommitmentProcess.EVENT_CLOSED, CommitmentProcess.EVENT_OVERDUE_UNFINISHED, "none"));
                jdbc.update("update act_hi_procinst set end_act_id_ = ? where proc_inst_id_ = ?", "none".equals(end) ? null : end,
                        instance);
                jdbc.update("update commitment_standing set end_activity = ? where commitment_id = ?",
                        "none".equals(end) ? null : end, id);
            }
        }
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everySortFilterAndCallerAnswersAsTheFullRowsDo() {
        List<Visibility.Scope> callers = List.of(new Visibility.Scope(true, List.of("duchashi")),
                new Visibility.Scope(false, List.of("shangwu")), new Visibility.Scope(false, List.of("gongxin", "ldgongye")));
        String section = jdbc.queryForObject("select min(section_id) from commitment", String.class);
        List<Map<String, Object>> filters = new ArrayList<>();
        filters.add(Map.of());
        filters.add(Map.of("rating", "red"));
        filters.add(Map.of("rating", OverviewFilter.NO_RATING));
        filters.add(Map.of("status", CommitmentStatus.UNFINISHED));
        filters.add(Map.of("status", CommitmentStatus.CLOSED));
        filters.add(Map.of("overdue", true));
        filters.add(Map.of("overdue", false, "taskForce", false));
        filters.add(Map.of("taskForce", true));
        filters.add(Map.of("bureau", "shangwu"));
        filters.add(Map.of("section", section, "rating", "green"));
        filters.add(Map.of("leader", "ldgongye"));
        filters.add(Map.of("q", "区"));
        filters.add(Map.of("q", "%"));
        filters.add(Map.of("q", "_1"));
        filters.add(Map.of("q", "达到"));
        filters.add(Map.of("q", "B"));
        int compared = 0;
        for (String moment : List.of("2024-01-15T10:00", "2024-02-20T12:30", "2025-04-10T09:00")) {
            Instant now = at(moment);
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            for (Visibility.Scope caller : callers) {
                List<OverviewRow> visible = rows.visibleTo(caller, now, today);
                assertThat(visible).isNotEmpty();
                assertThat(pages.options(caller)).as("filter options for %s", caller.groups()).isEqualTo(optionsOf(visible));
                for (Map<String, Object> given : filters) {
                    for (OverviewSort sort : OverviewSort.values()) {
                        for (boolean descending : List.of(false, true)) {
                            OverviewFilter filter = filter(given, sort, descending, 1, OverviewFilter.MAX_SIZE);
                            List<String> expected = filter.apply(visible).stream().map(OverviewRow::id).toList();
                            assertThat(pages.pageIds(caller, filter, now, today))
                                    .as("%s at %s for %s, sorted by %s %s", given, moment, caller.groups(), sort.key(),
                                            descending ? "desc" : "asc")
                                    .containsExactlyElementsOf(expected);
                            compared++;
                        }
                    }
                    OverviewFilter filter = filter(given, OverviewSort.DAYS_OVERDUE, true, 2, 7);
                    List<OverviewRow> all = filter.apply(visible);
                    assertThat(pages.pageIds(caller, filter, now, today)).as("page 2 of %s", given)
                            .containsExactlyElementsOf(filter.pageOf(all).stream().map(OverviewRow::id).toList());
                    assertThat(pages.summary(caller, filter, now, today)).as("counts at %s for %s, %s", moment, caller.groups(), given)
                            .isEqualTo(summaryOf(visible, all.size()));
                }
            }
        }
        assertThat(compared).isEqualTo(3 * callers.size() * filters.size() * OverviewSort.values().length * 2);
    }

    @Test
    void thePageRowsAreTheFullRowsInThePagesOrder() {
        Instant now = at("2024-02-20T12:30");
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Visibility.Scope everything = new Visibility.Scope(true, List.of("duchashi"));
        List<OverviewRow> visible = rows.visibleTo(everything, now, today);
        OverviewFilter filter = filter(Map.of(), OverviewSort.TITLE, true, 1, 10);
        assertThat(rows.byIds(pages.pageIds(everything, filter, now, today), now, today))
                .containsExactlyElementsOf(filter.pageOf(filter.apply(visible)));
    }

    /** The comparisons above mean something only if the random ledger holds every kind of standing. */
    @Test
    void theRandomLedgerHoldsEveryKindOfStanding() {
        List<Map<String, Object>> standing = jdbc.queryForList("select * from commitment_standing");
        assertThat(standing).hasSize(ids.size())
                .anySatisfy(row -> assertThat(row.get("rating")).isNotNull())
                .anySatisfy(row -> assertThat(row.get("rating")).isNull())
                .anySatisfy(row -> assertThat(row.get("next_due_at")).isNotNull())
                .anySatisfy(row -> assertThat((Integer) row.get("open_notices")).isPositive())
                .anySatisfy(row -> assertThat((Integer) row.get("task_forces")).isPositive())
                .anySatisfy(row -> assertThat((Integer) row.get("baseline_version")).isEqualTo(2))
                .anySatisfy(row -> assertThat(row.get("dispatch_mode")).isEqualTo("weekly"))
                .anySatisfy(row -> assertThat(row.get("end_activity")).isEqualTo(CommitmentProcess.EVENT_CLOSED))
                .anySatisfy(row -> assertThat(row.get("end_activity")).isEqualTo(CommitmentProcess.EVENT_OVERDUE_UNFINISHED))
                .anySatisfy(row -> assertThat(row.get("ended_at")).isNotNull());
    }

    private static OverviewFilter filter(Map<String, Object> given, OverviewSort sort, boolean descending, int page, int size) {
        return new OverviewFilter((String) given.get("bureau"), (String) given.get("section"), (String) given.get("leader"),
                (String) given.get("rating"), (CommitmentStatus) given.get("status"), (Boolean) given.get("overdue"),
                (Boolean) given.get("taskForce"), (String) given.get("q"), sort, descending, page, size);
    }

    private static OverviewPages.Summary summaryOf(List<OverviewRow> visible, long matching) {
        Map<String, Long> ratings = new LinkedHashMap<>();
        for (String code : List.of("red", "yellow", "blue", "green", OverviewFilter.NO_RATING)) {
            ratings.put(code, visible.stream().filter(row -> (row.rating() == null ? OverviewFilter.NO_RATING
                    : row.rating().code()).equals(code)).count());
        }
        Map<String, Long> states = new LinkedHashMap<>();
        for (CommitmentStatus status : CommitmentStatus.values()) {
            states.put(status.code(), visible.stream().filter(row -> row.status() == status).count());
        }
        return new OverviewPages.Summary(visible.size(), ratings, states, visible.stream().filter(OverviewRow::overdue).count(),
                visible.stream().filter(OverviewRow::taskForce).count(), matching);
    }

    /** The bureaus, sections and leaders of the visible rows, by id. */
    private static Map<String, Object> optionsOf(List<OverviewRow> visible) {
        Map<String, Map<String, String>> bureaus = new java.util.TreeMap<>();
        Map<String, Map<String, String>> sections = new java.util.TreeMap<>();
        Map<String, Map<String, String>> leaders = new java.util.TreeMap<>();
        for (OverviewRow row : visible) {
            bureaus.put(row.leadBureauId(), Map.of("id", row.leadBureauId(), "name", row.leadBureauName()));
            sections.put(row.sectionId(), Map.of("id", row.sectionId(), "name", row.sectionName()));
            leaders.put(row.leaderId(), Map.of("id", row.leaderId(), "name", row.leaderTitle()));
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("bureaus", List.copyOf(bureaus.values()));
        options.put("sections", List.copyOf(sections.values()));
        options.put("leaders", List.copyOf(leaders.values()));
        return options;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }
}
