package cn.duban.system;

import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A submission refused because of one named field, in Chinese. Thrown inside the engine (a task listener), the
 * engine wraps it and rolls back; the refusal is also kept for the current request, so the HTTP answer can be a
 * 400 naming the field instead of the engine's wrapped 500.
 */
public class FieldRefusal extends BadUserRequestException {

    private static final ThreadLocal<FieldRefusal> LAST = new ThreadLocal<>();

    private final String field;

    public FieldRefusal(String field, String message) {
        super(message);
        this.field = field;
        LAST.set(this);
    }

    public String field() {
        return field;
    }

    /** The refusal raised while handling the current request, if any. */
    public static Optional<FieldRefusal> raisedInThisRequest() {
        return Optional.ofNullable(LAST.get());
    }

    public static void forgetRequest() {
        LAST.remove();
    }
}
