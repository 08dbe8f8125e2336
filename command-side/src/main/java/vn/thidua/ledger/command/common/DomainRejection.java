package vn.thidua.ledger.command.common;

import java.util.Objects;

/**
 * A command the domain refuses: carries a stable {@link ErrorCode} and a message that names the
 * rule and, where there is one, its legal source. Thrown by aggregates before any event is applied,
 * so a rejection never changes the store.
 */
public class DomainRejection extends RuntimeException {

    private final ErrorCode code;

    public DomainRejection(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
