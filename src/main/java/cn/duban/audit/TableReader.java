package cn.duban.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** Reads one exported table, filtered, in the order of its keys, and hands its rows to a sink as exported text. */
interface TableReader {

    /** Receives a table's column names (field names and their Chinese headers) once, then its rows as exported text. */
    interface TableSink {
        void header(List<String> columns, List<String> labels) throws IOException;

        void row(String[] values) throws IOException;
    }

    /** @return the number of rows read */
    long read(ExportTable table, ExportFilter filter, TableSink sink) throws SQLException, IOException;
}
