package cn.duban.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The text of a variable value as the engine stored it in history (variable updates, DMN inputs and outputs): one
 * of its typed columns, or the serialized bytes — JSON objects as their JSON text, binary content as its SHA-256.
 */
final class VariableValues {

    private VariableValues() {
    }

    /** Reads the helper columns {@code x_<prefix>type, …text, …text2, …long, …double, …bytes}. */
    static ExportTable.Renderer of(String prefix) {
        return row -> render(row, "x_" + prefix);
    }

    static String render(ResultSet row, String prefix) throws SQLException {
        String type = row.getString(prefix + "type");
        String text = row.getString(prefix + "text");
        long longValue = row.getLong(prefix + "long");
        boolean noLong = row.wasNull();
        double doubleValue = row.getDouble(prefix + "double");
        boolean noDouble = row.wasNull();
        if (type == null) {
            // form fields (FormProperty details) carry only text
            return text;
        }
        return switch (type) {
            case "null" -> null;
            case "boolean" -> noLong ? null : Boolean.toString(longValue == 1);
            case "integer", "long", "short" -> noLong ? null : Long.toString(longValue);
            case "double" -> noDouble ? null : Double.toString(doubleValue);
            case "date" -> noLong ? null : Cells.epochMillis(longValue);
            case "bytes", "file" -> binary(row.getBytes(prefix + "bytes"), text);
            case "object", "json", "xml" -> serialized(row.getBytes(prefix + "bytes"), text);
            default -> text != null ? text : !noLong ? Long.toString(longValue) : !noDouble ? Double.toString(doubleValue) : null;
        };
    }

    private static String serialized(byte[] bytes, String text) {
        return bytes == null ? text : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String binary(byte[] bytes, String fileName) {
        if (bytes == null) {
            return null;
        }
        String name = fileName == null ? "" : fileName + " ";
        return name + "sha256:" + Cells.sha256(bytes) + " (" + bytes.length + " 字节)";
    }
}
