package cn.duban.nodes;

import cn.duban.nodes.TaskWork.OpenTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the year on running servers: moves their engine clock from moment to moment (the next due job, or the
 * next task someone gets round to), waits until their job executors have run every due job, and has the
 * responsible person work each task through the REST API. Servers may be killed and restarted under it at any
 * time: an unanswered call is made again once a server serves, a task found done is not done again.
 */
final class YearDriver {

    private static final Logger log = LoggerFactory.getLogger(YearDriver.class);
    /** How long due jobs may stay due without any of them finishing before the driver looks for locks of a dead node. */
    private static final Duration STUCK = Duration.ofSeconds(20);
    private static final Duration GIVE_UP = ServerProcess.START_TIMEOUT.plusMinutes(2);

    private final Database db;
    private final List<ServerProcess> servers;
    private final SteeredClock clock;
    private final TaskWork work;
    private final Staff staff = new Staff();
    private final List<Completion> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private int next;
    private int unanswered;
    private int lockJumps;
    private volatile String doing = "starting";
    private final java.util.Set<String> deadOwners = java.util.concurrent.ConcurrentHashMap.newKeySet();

    YearDriver(Database db, List<ServerProcess> servers, SteeredClock clock, TaskWork work) {
        this.db = db;
        this.servers = servers;
        this.clock = clock;
        this.work = work;
    }

    List<Completion> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int unanswered() {
        return unanswered;
    }

    int lockJumps() {
        return lockJumps;
    }

    String doing() {
        return doing;
    }

    /** The engine time the play has reached. */
    LocalDateTime now() {
        return clock.now();
    }

    /** Told by whoever kills a node: the job executors that held locks then are dead. */
    void killed(java.util.Set<String> lockOwners) {
        deadOwners.addAll(lockOwners);
    }

    /** Plays from the clock's time to {@code end}, and leaves no due job behind. */
    void play(LocalDateTime end) throws InterruptedException {
        moveTo(clock.now());
        while (true) {
            drain();
            if (workDueTasks()) {
                continue;
            }
            LocalDateTime now = clock.now();
            if (!now.isBefore(end)) {
                return;
            }
            LocalDateTime moment = nextMoment(now);
            moveTo(moment.isAfter(end) ? end : moment);
        }
    }

    private LocalDateTime nextMoment(LocalDateTime now) {
        LocalDateTime next = db.nextJobDue(now).orElse(now.plusDays(30));
        for (OpenTask task : db.openTasks()) {
            LocalDateTime due = work.workTime(task);
            if (due.isAfter(now) && due.isBefore(next)) {
                next = due;
            }
        }
        return next;
    }

    void moveTo(LocalDateTime time) throws InterruptedException {
        doing = "moving the clock to " + time;
        try {
            clock.set(time, servers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (!clock.takenOver(servers, Duration.ofSeconds(5))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("服务器未接受时钟 " + time + "\n" + logs());
            }
        }
    }

    /** Waits until no job is due; after a kill the dead node's locks expire on the engine clock, so time is moved past them. */
    void drain() throws InterruptedException {
        LocalDateTime now = clock.now();
        doing = "waiting for the jobs due at " + now;
        long due = db.dueJobs(now);
        Instant changed = Instant.now();
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (due > 0) {
            Thread.sleep(100);
            long left = db.dueJobs(clock.now());
            if (left != due) {
                due = left;
                changed = Instant.now();
                continue;
            }
            if (Duration.between(changed, Instant.now()).compareTo(STUCK) > 0) {
                // a killed node's jobs wait for their lock to expire on the engine clock, which stands still unless
                // moved; a live node's locked jobs are running (its executor's queue is large enough never to reject)
                var locked = db.lockedUntil(clock.now(), deadOwners);
                if (locked.isPresent()) {
                    lockJumps++;
                    log.info("due jobs locked by a killed node until {}: moving the clock past it", locked.get());
                    moveTo(locked.get().plusSeconds(1));
                    changed = Instant.now();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(due + " 个到期作业未执行（" + clock.now() + "）\n" + logs());
            }
        }
    }

    private boolean workDueTasks() throws InterruptedException {
        boolean worked = false;
        LocalDateTime now = clock.now();
        for (OpenTask task : db.openTasks()) {
            if (!work.workTime(task).isAfter(now)) {
                workOne(task);
                worked = true;
            }
        }
        return worked;
    }

    private void workOne(OpenTask task) throws InterruptedException {
        String lead = db.leadBureau(task.businessKey()).orElse(null);
        String user = work.actor(task, lead);
        doing = user + " works " + task.name();
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (db.taskOpen(task.id())) {
            ServerProcess server = pick();
            try {
                if (!user.equals(task.assignee())) {
                    staff.claim(server.base(), user, task.id());
                }
                Map<String, Object> values = work.values(task, staff.variables(server.base(), user, task.id()), clock.now());
                if (work.needsEvidence(task) && staff.evidenceCount(server.base(), user, task.id()) == 0) {
                    staff.uploadEvidence(server.base(), user, task.id(), "完成情况报告.pdf", Evidence.PDF, "application/pdf");
                }
                staff.complete(server.base(), user, task.id(), values);
                acknowledged.add(new Completion(task.id(), user, task.definitionKey(), task.businessKey()));
                return;
            } catch (Staff.ServerDown e) {
                unanswered++;
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(task + " 无法办理：" + e.getMessage() + "\n" + logs());
                }
                Thread.sleep(500);
            } catch (Staff.Refused e) {
                if (db.taskOpen(task.id())) {
                    throw new AssertionError(user + " 办理 " + task + " 被拒绝：" + e.getMessage());
                }
            }
        }
    }

    /** The next live server, in turn: with several nodes the people's requests spread over them. */
    private ServerProcess pick() throws InterruptedException {
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (Instant.now().isBefore(deadline)) {
            for (int i = 0; i < servers.size(); i++) {
                ServerProcess server = servers.get(next++ % servers.size());
                if (server.alive()) {
                    return server;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("没有运行中的服务器\n" + logs());
    }

    private String logs() {
        StringBuilder text = new StringBuilder();
        for (ServerProcess server : servers) {
            text.append("---- ").append(server.name()).append(" ----\n").append(server.tail()).append('\n');
        }
        return text.toString();
    }

    /** A task the server confirmed as completed by {@code user}. */
    record Completion(String taskId, String user, String definitionKey, String businessKey) {
    }

    /** A small valid PDF, as a bureau's scan would be. */
    static final class Evidence {
        static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        private Evidence() {
        }
    }
}
