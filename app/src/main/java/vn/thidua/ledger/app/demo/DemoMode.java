package vn.thidua.ledger.app.demo;

/** {@code thidua.demo.mode}: when the demo year is loaded at start-up. It is never loaded into a store that has events. */
public enum DemoMode {
    /** Default: only on the embedded MongoDB (no {@code MONGODB_URI}), so a real database never gets demo data by accident. */
    AUTO,
    /** Also on an external MongoDB, e.g. a fresh replica set for a demonstration. */
    ALWAYS_IF_EMPTY,
    /** Never. */
    OFF;

    /** Whether this mode asks for the demo, before looking at the store. */
    public boolean wantsDemo(boolean externalMongo) {
        return switch (this) {
            case AUTO -> !externalMongo;
            case ALWAYS_IF_EMPTY -> true;
            case OFF -> false;
        };
    }
}
