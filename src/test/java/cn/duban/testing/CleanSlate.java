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

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 200) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 200)));
        }
        return chunks;
    }

    public static void reset(RuntimeService runtimeService, HistoryService historyService, JdbcTemplate jdbc) {
        // root instances only: deleting one deletes the instances it called (a monthly scorecard run's scorecard)
        List<String> running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
                .map(ProcessInstance::getId).toList();
        // a few hundred per command: the engine orders one command's deletions by their references in quadratic time,
        // and a benchmark's ten thousand instances in one command would take hours
        for (List<String> some : chunks(running)) {
            runtimeService.deleteProcessInstances(some, "test reset", true, true);
        }
        List<String> finished = historyService.createHistoricProcessInstanceQuery().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        for (List<String> some : chunks(finished)) {
            historyService.deleteHistoricProcessInstances(some);
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
        jdbc.execute("delete from commitment_standing");
        jdbc.execute("delete from commitment");
        jdbc.execute("delete from ledger_import");
        jdbc.execute("delete from leader");
        jdbc.execute("delete from bureau");
    }
}
