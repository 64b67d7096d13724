package cn.duban.ledger;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one read so that a clerk sees all of them at once, not the first only. */
final class Problems {

    private final List<LedgerError> errors = new ArrayList<>();

    void add(String file, int line, String entryId, String field, String reason) {
        errors.add(new LedgerError(file, line, entryId, field, reason));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new LedgerValidationException(errors);
        }
    }
}
