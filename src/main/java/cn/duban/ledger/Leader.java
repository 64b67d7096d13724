package cn.duban.ledger;

/** A responsible district leader (分管区领导), registered by office rather than by name. */
public record Leader(String id, String title) {
}
