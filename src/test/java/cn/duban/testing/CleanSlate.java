package cn.duban.testing;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** Removes every process instance, its history and duban's ledger rows, so each test starts from nothing. */
public final class CleanSlate {

    private CleanSlate() {
    }

    public static void reset(RuntimeService runtimeService, HistoryService historyService, JdbcTemplate jdbc) {
        // root instances only: deleting one deletes the instances it called (a monthly scorecard run's scorecard)
        List<String> running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            runtimeService.deleteProcessInstances(running, "test reset", true, true);
        }
        List<String> finished = historyService.createHistoricProcessInstanceQuery().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            historyService.deleteHistoricProcessInstances(finished);
        }
        // published scorecards refuse DELETE; TRUNCATE is for wiping a test database only
        jdbc.execute("truncate table scorecard_explanation, scorecard_row, scorecard");
        // so does sealed evidence
        jdbc.execute("truncate table evidence_file, evidence_blob");
        jdbc.execute("truncate table notification_read, notification");
        for (String table : List.of("supervision_notice", "milestone_check", "rating_record", "progress_report",
                "report_period", "dispatch_state", "closure_record", "change_request",
                "commitment_baseline")) {
            jdbc.execute("delete from " + table);
        }
        jdbc.execute("delete from commitment_milestone");
        jdbc.execute("delete from commitment_co_bureau");
        jdbc.execute("delete from commitment");
        jdbc.execute("delete from ledger_import");
        jdbc.execute("delete from leader");
        jdbc.execute("delete from bureau");
    }
}
