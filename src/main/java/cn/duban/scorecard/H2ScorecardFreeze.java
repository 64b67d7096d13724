package cn.duban.scorecard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The demo database's counterpart of PostgreSQL's freeze trigger (db/vendor/postgresql/V3_1): a published
 * scorecard, its rows and its explanations are never changed or deleted.
 */
public class H2ScorecardFreeze implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case "scorecard" -> {
                if ("PUBLISHED".equals(oldRow[4])) {
                    throw refused("成绩单 " + oldRow[0] + " 已发布，不得修改或删除");
                }
            }
            case "scorecard_explanation" -> throw refused("成绩单 " + oldRow[1] + " 的情况说明已归档，不得修改或删除");
            default -> {
                Object scorecard = oldRow != null ? oldRow[0] : newRow[0];
                if (published(conn, scorecard)) {
                    throw refused("成绩单 " + scorecard + " 已发布，不得修改其排名数据");
                }
            }
        }
    }

    private static boolean published(Connection conn, Object scorecardId) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("select status from scorecard where id = ?")) {
            query.setObject(1, scorecardId);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && "PUBLISHED".equals(result.getString(1));
            }
        }
    }

    private static SQLException refused(String message) {
        return new SQLException(message, "23000");
    }
}
