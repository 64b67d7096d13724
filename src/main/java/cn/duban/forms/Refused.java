package cn.duban.forms;

/** A request refused before it reaches the engine: its HTTP status, the field or parameter at fault, a Chinese reason. */
final class Refused extends RuntimeException {

    private final int status;
    private final String field;

    Refused(int status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    static Refused of(cn.duban.system.FieldRefusal refusal) {
        return new Refused(400, refusal.field(), refusal.getMessage());
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
