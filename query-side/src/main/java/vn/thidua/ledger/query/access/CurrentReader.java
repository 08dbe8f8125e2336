package vn.thidua.ledger.query.access;

/** The reader of the current request. The app provides it from its security context. */
@FunctionalInterface
public interface CurrentReader {

    Reader get();
}
