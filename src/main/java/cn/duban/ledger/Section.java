package cn.duban.ledger;

/** A part of the report's tasks, e.g. {@code 02 筑牢实体之基，着力推进产业焕新转型升级}. */
public record Section(String id, String name) {
}
