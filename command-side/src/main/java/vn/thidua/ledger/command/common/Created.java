package vn.thidua.ledger.command.common;

/**
 * The body of a command's {@code 201 Created}: the ids the client may need next, then {@code location},
 * where the query side shows the result (the {@code Location} header too). Each kind of answer is a
 * record, so its JSON members, and their order, are its components: clients read these bodies, and the
 * OpenAPI document names their shapes.
 */
public interface Created {

    String location();
}
