package cn.duban.detail;

import cn.duban.commitment.CommitmentProcess;
import cn.duban.dispatch.Rating;
import cn.duban.ledger.Amounts;
import cn.duban.system.ApiCaller;
import cn.duban.system.AsDuban;
import cn.duban.system.ErrorBody;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /duban/api/submissions/{taskId}}: what a task its caller has just completed led to, for the confirmation
 * Tasklist shows after a submission — for a progress report the rating it produced with its reason and whether it
 * escalated (督办), read from duban's tables. Only the person who completed the task gets an answer.
 */
@RestController
class SubmissionResultController {

    private final HistoryService history;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    SubmissionResultController(HistoryService history, IdentityService identity, JdbcTemplate jdbc) {
        this.history = history;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @GetMapping("/duban/api/submissions/{taskId}")
    ResponseEntity<?> result(@PathVariable String taskId) {
        Optional<ApiCaller> caller = ApiCaller.current();
        if (caller.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ErrorBody.of(ErrorBody.type(401), "需要登录", null));
        }
        HistoricTaskInstance task = taskId.length() > 64 ? null : AsDuban.read(identity,
                () -> history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult());
        if (task == null || !caller.get().userId().equals(task.getAssignee())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorBody.of(ErrorBody.type(404),
                    "没有您刚办结的这项任务", "taskId"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", task.getName());
        body.put("completedAt", CommitmentRecords.time(new Timestamp(task.getEndTime().getTime())));
        List<Map<String, Object>> commitment = jdbc.queryForList(
                "select id, title, target_text, target_unit from commitment where process_instance_id = ?", task.getProcessInstanceId());
        if (commitment.isEmpty()) {
            body.put("message", "已提交：" + task.getName());
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        }
        String commitmentId = (String) commitment.get(0).get("id");
        body.put("commitmentId", commitmentId);
        body.put("commitmentTitle", commitment.get(0).get("title"));
        body.put("link", "/duban/commitment.html?id=" + commitmentId);
        if (CommitmentProcess.TASK_FILE_PROGRESS.equals(task.getTaskDefinitionKey())) {
            progress(body, commitmentId, (String) commitment.get(0).get("target_text"), (String) commitment.get(0).get("target_unit"),
                    caller.get().userId(), task);
        } else {
            body.put("message", "已提交：" + task.getName());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private void progress(Map<String, Object> body, String commitmentId, String targetText, String unit, String reporter,
            HistoricTaskInstance task) {
        Timestamp completed = new Timestamp(task.getEndTime().getTime());
        List<Map<String, Object>> reports = jdbc.queryForList("""
                select period, cumulative_value, progress_status, planned_value, planned_status, percent_of_target,
                       trajectory_ratio, days_overdue, reported_at
                from progress_report where commitment_id = ? and reporter = ? and reported_at <= ?
                order by reported_at desc, id desc""", commitmentId, reporter, completed);
        if (reports.isEmpty()) {
            body.put("message", "已提交：" + task.getName());
            return;
        }
        Map<String, Object> report = reports.get(0);
        BigDecimal value = (BigDecimal) report.get("cumulative_value");
        BigDecimal planned = (BigDecimal) report.get("planned_value");
        BigDecimal percent = (BigDecimal) report.get("percent_of_target");
        body.put("period", report.get("period"));
        body.put("value", value != null ? Amounts.inTermsOf(value, targetText, unit) : report.get("progress_status"));
        body.put("planned", planned != null ? Amounts.inTermsOf(planned, targetText, unit) : report.get("planned_status"));
        body.put("percentOfTarget", percent == null ? null : percent.stripTrailingZeros().toPlainString() + "%");
        body.put("trajectory", Amounts.percent((BigDecimal) report.get("trajectory_ratio")));
        body.put("daysOverdue", report.get("days_overdue"));
        List<Map<String, Object>> ratings = jdbc.queryForList("""
                select rating, reason, escalated from rating_record
                where commitment_id = ? and period = ? and rated_at >= ? order by rated_at desc, id desc""",
                commitmentId, report.get("period"), report.get("reported_at"));
        if (ratings.isEmpty()) {
            body.put("message", "已提交" + report.get("period") + "进度，尚未评级");
            return;
        }
        Rating rating = Rating.of((String) ratings.get(0).get("rating"));
        boolean escalated = Boolean.TRUE.equals(ratings.get(0).get("escalated"));
        body.put("rating", rating.code());
        body.put("ratingLabel", rating.label());
        body.put("reason", ratings.get(0).get("reason"));
        body.put("escalated", escalated);
        body.put("message", "已提交" + report.get("period") + "进度，评级为" + rating.label() + "：" + ratings.get(0).get("reason")
                + (escalated ? "。已升级督办，督查室将下发督办单" : ""));
    }
}
