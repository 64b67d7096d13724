package cn.duban.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.nodes.YearDriver.Completion;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What holds after any play, with or without crashes, on one node or several. */
final class ExactlyOnce {

    private static final Logger log = LoggerFactory.getLogger(ExactlyOnce.class);

    private ExactlyOnce() {
    }

    /** What holds in any play: nothing twice, nothing stuck, every confirmed completion in the history. */
    static void check(Play play, LocalDateTime until) {
        Database db = play.database();
        assertThat(db.query("select commitment_id || ' ' || period || ' ×' || count(*) from progress_report group by commitment_id, period "
                + "having count(*) > 1", rs -> rs.getString(1))).as("progress reports filed twice").isEmpty();
        assertThat(db.query("select commitment_id || ' ' || period || ' ×' || count(*) from report_period group by commitment_id, period "
                + "having count(*) > 1", rs -> rs.getString(1))).as("report periods opened twice").isEmpty();
        assertThat(db.query("select commitment_id || ' Q' || quarter || ' ×' || count(*) from milestone_check group by commitment_id, quarter "
                + "having count(*) > 1", rs -> rs.getString(1))).as("milestones checked twice").isEmpty();
        assertThat(db.query("select period || ' ×' || count(*) from scorecard where status = 'PUBLISHED' group by period having count(*) > 1",
                rs -> rs.getString(1))).as("scorecards published twice").isEmpty();
        assertThat(db.query("select incident_msg_ from act_ru_incident", rs -> rs.getString(1))).as("incidents").isEmpty();
        assertThat(db.count("select count(*) from act_ru_job where retries_ = 0")).as("jobs out of retries").isZero();
        assertThat(db.dueJobs(until)).as("due jobs left behind").isZero();

        for (Completion done : play.driver().acknowledged()) {
            List<String> history = db.query("select coalesce(assignee_, '-') || ' ' || coalesce(delete_reason_, 'open') "
                    + "from act_hi_taskinst where id_ = ?", rs -> rs.getString(1), done.taskId());
            assertThat(history).as("task " + done + " confirmed completed").containsExactly(done.user() + " completed");
        }

        List<String> waiting = db.query("select channel || ' ' || recipient || ' ' || title || ' ' || status from notification "
                + "where channel <> 'IN_APP' and status <> 'SENT'", rs -> rs.getString(1));
        assertThat(waiting).as("notifications not delivered").isEmpty();
        List<Instant> restarts = play.servers().stream().flatMap(server -> server.startedAt().stream().skip(1)).toList();
        List<String> lost = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        int resentAcrossCrash = 0;
        for (var row : db.query("select recipient, body from notification where channel = 'WECOM'",
                rs -> rs.getString(1) + "\n" + rs.getString(2))) {
            String recipient = row.substring(0, row.indexOf('\n'));
            String body = row.substring(row.indexOf('\n') + 1);
            List<Instant> copies = play.robot().received().stream()
                    .filter(message -> message.recipient().equals(recipient) && (message.content().equals(body) || message.content().startsWith(body + "\n办理：")))
                    .map(RobotReceiver.Message::at).sorted().toList();
            if (copies.isEmpty()) {
                lost.add(recipient + ": " + body);
            }
            for (int i = 1; i < copies.size(); i++) {
                Instant first = copies.get(i - 1);
                Instant again = copies.get(i);
                // README (催办通知): robots are at-least-once; a resend needs the node to die after the robot took the message
                if (restarts.stream().anyMatch(restart -> restart.isAfter(first) && restart.isBefore(again))) {
                    resentAcrossCrash++;
                } else {
                    twice.add(recipient + ": " + body);
                }
            }
        }
        assertThat(lost).as("robot messages recorded in the outbox but never received").isEmpty();
        assertThat(twice).as("robot messages received twice without a crash between").isEmpty();
        log.info("{}: {} robot messages received for {} rows; {} sent again after a kill -9 (at-least-once channel)", play.name(),
                play.robot().received().size(), db.count("select count(*) from notification where channel = 'WECOM'"), resentAcrossCrash);
    }

}
