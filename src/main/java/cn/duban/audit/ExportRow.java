package cn.duban.audit;

import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One row of an exported table as its renderers and cells read it, whichever reader produced it: the JDBC cursor
 * ({@link KeysetReader}) or PostgreSQL's {@code COPY} text ({@link CopyReader}). Columns by label or by position
 * (1-based, as in JDBC); SQL NULL is null.
 */
interface ExportRow {

    String text(String label) throws SQLException;

    Long whole(String label) throws SQLException;

    Double real(String label) throws SQLException;

    byte[] bytes(String label) throws SQLException;

    LocalDateTime time(String label) throws SQLException;

    /** The exported text of a column of the given {@link java.sql.Types} type, as {@link Cells} renders it. */
    String cell(int column, int sqlType) throws SQLException;
}
