package cn.duban.simulation;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.commitment.CommitmentProcess.Vars;
import cn.duban.ledger.CommitmentRecord;
import cn.duban.ledger.CommitmentRepository;
import cn.duban.ledger.LedgerImporter;
import cn.duban.plan.PlanForm;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plays a year of 督办 on the engine clock: bureaus write plans and file reports, the supervision office
 * reviews and supervises, leaders approve, timers fire. Each commitment follows a {@link Persona}, so the
 * demo shows green, yellow, red, task forces, extensions, closures and overdue items side by side.
 */
@Component
public class Simulation {

    private static final Logger log = LoggerFactory.getLogger(Simulation.class);
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final SimulatedReports reports;
    private final LedgerImporter importer;
    private final SimulatedScorecards scorecards;
    private final SimulatedEvidence evidence;
    private final CommitmentRepository commitments;
    private final Map<String, Persona> personas = new HashMap<>();
    private final Set<String> returnedOnce = new HashSet<>();
    private final Set<String> lateOnce = new HashSet<>();
    private final Set<String> changeRequested = new HashSet<>();

    Simulation(ProcessEngine engine, JdbcTemplate jdbc, SimulatedReports reports, LedgerImporter importer,
            SimulatedScorecards scorecards, SimulatedEvidence evidence, CommitmentRepository commitments) {
        this.evidence = evidence;
        this.commitments = commitments;
        this.engine = engine;
        this.scorecards = scorecards;
        this.jdbc = jdbc;
        this.reports = reports;
        this.importer = importer;
    }

    /**
     * Imports the ledger at {@code start} on the engine clock and plays the year up to {@code end}. Refuses a
     * database that already holds commitments: their history would mix real and simulated time.
     *
     * @return a one-line summary of how the commitments ended up
     */
    public String run(LocalDateTime start, LocalDateTime end) {
        return run(start, end, this::fireDueJobs);
    }

    /**
     * How the timers that are due fire once the clock has moved: one by one in the caller's thread (the demo and its
     * test), or by the engine's job executor, as in production (the scale benchmark waits for it to drain).
     */
    @FunctionalInterface
    public interface TimerFiring {
        void fireDue(Instant now);
    }

    /** As {@link #run(LocalDateTime, LocalDateTime)}, the due timers fired by {@code timers}. */
    public String run(LocalDateTime start, LocalDateTime end, TimerFiring timers) {
        Integer existing = jdbc.queryForObject("select count(*) from commitment", Integer.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("数据库中已有承诺事项，模拟只能在空数据库上运行（演示环境请先删除 ./data 目录）");
        }
        ClockUtil.setCurrentTime(Date.from(start.atZone(ZONE).toInstant()));
        importer.importConfiguredLedger("simulation");
        scorecards.scheduleFirstRun(start);
        List<String> ids = jdbc.queryForList("select id from commitment order by id", String.class);
        for (int i = 0; i < ids.size(); i++) {
            personas.put(ids.get(i), Persona.of(i));
        }
        Instant now = start.atZone(ZONE).toInstant().plus(Duration.ofHours(1));
        Instant stop = end.atZone(ZONE).toInstant();
        try {
            while (!now.isAfter(stop)) {
                ClockUtil.setCurrentTime(Date.from(now));
                workOpenTasks(now);
                timers.fireDue(now);
                now = nextMoment(now);
            }
        } finally {
            ClockUtil.reset();
        }
        return summary();
    }

    private Instant nextMoment(Instant now) {
        Instant nextJob = engine.getManagementService().createJobQuery().orderByJobDuedate().asc().listPage(0, 1).stream()
                .map(Job::getDuedate).filter(java.util.Objects::nonNull).map(Date::toInstant).findFirst().orElse(now.plus(Duration.ofDays(30)));
        Instant nextTask = engine.getTaskService().createTaskQuery().list().stream()
                .map(this::workTime).min(Comparator.naturalOrder()).orElse(nextJob);
        Instant next = nextJob.isBefore(nextTask) ? nextJob : nextTask;
        return next.isAfter(now) ? next : now.plus(Duration.ofMinutes(1));
    }

    private void fireDueJobs(Instant now) {
        for (Job job : engine.getManagementService().createJobQuery().duedateLowerThan(Date.from(now.plusSeconds(1))).list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private void workOpenTasks(Instant now) {
        for (Task task : engine.getTaskService().createTaskQuery().list()) {
            if (!workTime(task).isAfter(now)) {
                work(task);
            }
        }
    }

    /**
     * When someone gets round to a task: two days for most; sixteen for a late reporter's April report; never,
     * from November on, for a commitment that will end unfinished.
     */
    private Instant workTime(Task task) {
        Instant created = task.getCreateTime().toInstant();
        String id = commitmentId(task);
        if (CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey())
                && personas.get(id) == Persona.UNFINISHED && created.atZone(ZONE).getMonthValue() >= 11) {
            return created.plus(Duration.ofDays(3650));
        }
        if (CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey())
                && personas.get(id) == Persona.LATE_REPORTER && !lateOnce.contains(id)
                && created.atZone(ZONE).getMonthValue() == 4) {
            return created.plus(Duration.ofDays(16));
        }
        return created.plus(Duration.ofDays(2));
    }

    private void work(Task task) {
        if (scorecards.handles(task)) {
            scorecards.work(task);
            return;
        }
        String id = commitmentId(task);
        Persona persona = personas.getOrDefault(id, Persona.ON_TRACK);
        Map<String, Object> values = new HashMap<>();
        String actor = null;
        switch (task.getTaskDefinitionKey()) {
            case CommitmentProcess.TASK_WRITE_PLAN -> {
                values.put(PlanForm.MEASURES, "一、细化任务分解和责任分工；二、建立月度调度台账；三、协调解决要素保障问题");
                values.put(PlanForm.CONTACT_PERSON, "经办人");
                values.put(PlanForm.CONTACT_PHONE, "022-2439" + String.format("%04d", Math.abs(id.hashCode()) % 10000));
            }
            case CommitmentProcess.TASK_REVIEW_PLAN -> {
                boolean returnIt = persona == Persona.RETURNED && returnedOnce.add(id + ":plan");
                values.put(Vars.PLAN_DECISION, returnIt ? "return" : "approve");
                values.put(Vars.PLAN_REVIEW_COMMENT, returnIt ? "季度计划需结合项目储备细化，请修改后重报" : "同意");
            }
            case CommitmentProcess.TASK_FILE_PROGRESS -> {
                values.putAll(reports.report(task, persona, requestsChange(id, persona, task)));
                if (persona == Persona.LATE_REPORTER && task.getCreateTime().toInstant().atZone(ZONE).getMonthValue() == 4) {
                    lateOnce.add(id);
                }
            }
            case CommitmentProcess.TASK_ISSUE_NOTICE -> values.putAll(StandardAnswers.supervisionNotice(
                    LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE)));
            case CommitmentProcess.TASK_CORRECTIVE_PLAN -> values.putAll(StandardAnswers.correctivePlan());
            case CommitmentProcess.TASK_REVIEW_CHANGE -> values.putAll(StandardAnswers.changeReview());
            case CommitmentProcess.TASK_APPROVE_CHANGE -> values.putAll(StandardAnswers.changeApproval());
            case CommitmentProcess.TASK_APPLY_CLOSURE -> {
                actor = clerkOf(ledgerRow(id).getLeadBureauId());
                values.putAll(StandardAnswers.closureApplication());
            }
            case CommitmentProcess.TASK_VERIFY_CLOSURE -> {
                actor = "duchashi01";
                boolean returnIt = persona == Persona.RETURNED && returnedOnce.add(id + ":closure");
                values.put(Vars.CLOSURE_DECISION, returnIt ? "return" : "approve");
                values.put(Vars.CLOSURE_COMMENT, returnIt ? "佐证材料不全，请补充盖章文件" : "核验通过");
            }
            case CommitmentProcess.TASK_EXPLAIN_OVERDUE ->
                    values.put(Vars.OVERDUE_EXPLANATION, "受要素保障和市场因素影响未能按期完成，已纳入下年度继续推进");
            default -> throw new IllegalStateException("模拟不认识任务 " + task.getTaskDefinitionKey());
        }
        String what = evidenceFor(task);
        ActingPerson.claimAndComplete(engine, task, actor != null ? actor : actorFor(task, id), values, clerk -> {
            if (what != null) {
                evidence.attach(clerk, task.getId(), id, what);
            }
        });
    }

    /** Every closure carries evidence; so does every quarter-end monthly report (March, June, September). */
    private static String evidenceFor(Task task) {
        if (CommitmentProcess.TASK_APPLY_CLOSURE.equals(task.getTaskDefinitionKey())) {
            return "办结佐证";
        }
        if (CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey())
                && task.getName().matches("进度月报（\\d{4}-(03|06|09)）.*")) {
            return "进度佐证";
        }
        return null;
    }

    /** Who works a task in the demo year: the lead bureau's clerk, the supervision office, or the responsible leader. */
    private String actorFor(Task task, String id) {
        return switch (task.getTaskDefinitionKey()) {
            case CommitmentProcess.TASK_REVIEW_PLAN, CommitmentProcess.TASK_ISSUE_NOTICE, CommitmentProcess.TASK_REVIEW_CHANGE,
                    CommitmentProcess.TASK_VERIFY_CLOSURE -> "duchashi01";
            case CommitmentProcess.TASK_CORRECTIVE_PLAN, CommitmentProcess.TASK_APPROVE_CHANGE -> clerkOf(ledgerRow(id).getLeaderId());
            default -> clerkOf(ledgerRow(id).getLeadBureauId());
        };
    }

    /** Who the commitment's lead bureau and leader are, as the ledger records them. */
    private CommitmentRecord ledgerRow(String id) {
        return commitments.findById(id).orElseThrow(() -> new IllegalStateException("台账中没有承诺事项 " + id));
    }

    /** The demo's first account of a bureau or leader group. */
    private static String clerkOf(String group) {
        return group + "01";
    }

    private boolean requestsChange(String id, Persona persona, Task task) {
        return persona == Persona.EXTENDED && task.getCreateTime().toInstant().atZone(ZONE).getMonthValue() >= 7
                && changeRequested.add(id);
    }

    private String commitmentId(Task task) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
    }

    private String summary() {
        long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CommitmentProcess.KEY).count();
        long closed = engine.getHistoryService().createHistoricProcessInstanceQuery().completed()
                .processDefinitionKey(CommitmentProcess.KEY).list().stream()
                .filter(instance -> CommitmentProcess.EVENT_CLOSED.equals(instance.getEndActivityId())).count();
        long overdue = engine.getHistoryService().createHistoricProcessInstanceQuery().completed()
                .processDefinitionKey(CommitmentProcess.KEY).list().stream()
                .filter(instance -> CommitmentProcess.EVENT_OVERDUE_UNFINISHED.equals(instance.getEndActivityId())).count();
        Map<String, Object> counts = jdbc.queryForMap("""
                select (select count(*) from progress_report) as reports,
                       (select count(*) from supervision_notice) as notices,
                       (select count(*) from commitment_baseline where version > 1) as changes,
                       (select count(*) from scorecard where status = 'PUBLISHED') as scorecards""");
        String text = String.format("模拟完成：进度填报 %s 份，督办单 %s 份，基线调整 %s 次，晾晒成绩单 %s 期；办结销号 %d 项，逾期未完成 %d 项，仍在推进 %d 项",
                counts.get("reports"), counts.get("notices"), counts.get("changes"), counts.get("scorecards"), closed, overdue, running);
        log.info(text);
        return text;
    }

}
