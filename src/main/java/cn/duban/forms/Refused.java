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

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
