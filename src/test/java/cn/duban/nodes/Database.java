package cn.duban.nodes;

import cn.duban.nodes.TaskWork.OpenTask;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the driver reads straight from the servers' PostgreSQL: open tasks, due jobs, commitments. It only reads;
 * every change goes through a server. Times are Beijing wall-clock times, as the servers write them.
 */
final class Database implements AutoCloseable {

    private final String url;
    private Connection connection;

    Database(String url) {
        this.url = url;
    }

    String url() {
        return url;
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, "postgres", "postgres");
            connection.setAutoCommit(true);
        }
        return connection;
    }

    void execute(String sql) {
        try (var statement = connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... parameters) {
        return query(sql, rs -> rs.getLong(1), parameters).get(0);
    }

    <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof LocalDateTime time ? Timestamp.valueOf(time) : parameter);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    List<OpenTask> openTasks() {
        return query("""
                select t.id_, t.task_def_key_, t.name_, t.create_time_, t.assignee_, p.business_key_,
                       (select string_agg(l.group_id_, ',' order by l.group_id_) from act_ru_identitylink l
                         where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null) as groups
                from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_
                order by t.create_time_, p.business_key_, t.task_def_key_, t.id_""",
                rs -> new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5), rs.getString(6), rs.getString(7) == null ? List.of() : Arrays.asList(rs.getString(7).split(","))));
    }

    boolean taskOpen(String taskId) {
        return count("select count(*) from act_ru_task where id_ = ?", taskId) > 0;
    }

    Optional<String> leadBureau(String commitmentId) {
        return query("select lead_bureau_id from commitment where id = ?", rs -> rs.getString(1), commitmentId).stream().findFirst();
    }

    /** Jobs the job executor should run at {@code now}: due, with retries left, not suspended. */
    long dueJobs(LocalDateTime now) {
        return count("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                + "and (duedate_ is null or duedate_ <= ?)", now);
    }

    /**
     * The latest lock expiry among due jobs still locked at {@code now} by one of {@code owners} (the job executors
     * of killed nodes): nobody will finish those before the lock expires on the engine clock.
     */
    Optional<LocalDateTime> lockedUntil(LocalDateTime now, java.util.Set<String> owners) {
        return query("select lock_owner_, lock_exp_time_ from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                + "and (duedate_ is null or duedate_ <= ?) and lock_exp_time_ > ?",
                rs -> owners.contains(rs.getString(1)) ? rs.getTimestamp(2).toLocalDateTime() : null, now, now).stream()
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder());
    }

    /** The job executors holding locks now: after a kill, those of the dead node. */
    java.util.Set<String> lockOwners() {
        return new java.util.HashSet<>(query("select distinct lock_owner_ from act_ru_job where lock_owner_ is not null",
                rs -> rs.getString(1)));
    }

    Optional<LocalDateTime> nextJobDue(LocalDateTime after) {
        return query("select min(duedate_) from act_ru_job where retries_ > 0 and suspension_state_ = 1 and duedate_ > ?", rs -> {
            Timestamp time = rs.getTimestamp(1);
            return time == null ? null : time.toLocalDateTime();
        }, after).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
