package cn.duban.ledger;

/** A responsible unit (责任单位); its id doubles as the Camunda group id of its staff. */
public record Bureau(String id, String name, String shortName, String kind) {
}
