package cn.duban.ledger;

import java.util.List;
import java.util.stream.Collectors;

/** The ledger files are not valid; nothing was imported. */
public class LedgerValidationException extends RuntimeException {

    private final transient List<LedgerError> errors;

    public LedgerValidationException(List<LedgerError> errors) {
        super("台账校验未通过，未导入任何内容（共 " + errors.size() + " 处错误）：\n"
                + errors.stream().map(LedgerError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<LedgerError> errors() {
        return errors;
    }
}
