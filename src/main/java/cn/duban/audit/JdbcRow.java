package cn.duban.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** The current row of a JDBC result. */
record JdbcRow(ResultSet result) implements ExportRow {

    @Override
    public String text(String label) throws SQLException {
        return result.getString(label);
    }

    @Override
    public Long whole(String label) throws SQLException {
        long value = result.getLong(label);
        return result.wasNull() ? null : value;
    }

    @Override
    public Double real(String label) throws SQLException {
        double value = result.getDouble(label);
        return result.wasNull() ? null : value;
    }

    @Override
    public byte[] bytes(String label) throws SQLException {
        return result.getBytes(label);
    }

    @Override
    public LocalDateTime time(String label) throws SQLException {
        return result.getObject(label, LocalDateTime.class);
    }

    @Override
    public String cell(int column, int sqlType) throws SQLException {
        return Cells.render(result, column, sqlType);
    }
}
