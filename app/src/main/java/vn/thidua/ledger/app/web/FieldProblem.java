package vn.thidua.ledger.app.web;

/**
 * One invalid field of a {@code VALIDATION_FAILED} problem, an item of its {@code errors}: the field (or, for a
 * whole-object or parameter error, the object's or parameter's name) and what is wrong with it.
 */
public record FieldProblem(String field, String message) {
}
