package cn.duban.ledger;

/**
 * One problem found in a ledger file, located so a clerk can fix it by hand.
 *
 * @param file    the file as configured, e.g. {@code config/ledger-2024.yaml}
 * @param line    1-based line number, 0 when the problem concerns the whole file
 * @param entryId the commitment or bureau id, {@code null} when not within an entry
 * @param field   the field name, {@code null} when not about one field
 * @param reason  what is wrong, in Chinese
 */
public record LedgerError(String file, int line, String entryId, String field, String reason) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (entryId != null) {
            text.append(" [").append(entryId).append(']');
        }
        if (field != null) {
            text.append(" 字段 ").append(field);
        }
        return text.append("：").append(reason).toString();
    }
}
