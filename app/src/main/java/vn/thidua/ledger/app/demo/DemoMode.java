package vn.thidua.ledger.app.demo;

/**
 * {@code thidua.demo.mode}: whether the demo users sign in and the demo year is loaded at start-up.
 * The year is never loaded into a store that has events. A <em>demo store</em> is the embedded
 * MongoDB on a node without a JWT issuer ({@link DemoStore}); anything else is real data.
 */
public enum DemoMode {
    /** Default: demo users and demo year on a demo store only, so a real node never gets either by accident. */
    AUTO,
    /** Also on an external MongoDB, e.g. a fresh replica set for a demonstration (its demo users must be allowed explicitly). */
    ALWAYS_IF_EMPTY,
    /** The demo users on a demo store, no demo year: for trying the API by hand on an empty store, and for tests. */
    USERS_ONLY,
    /** Neither. */
    OFF;

    /** Whether this mode asks for the demo year, before looking at the store. */
    public boolean wantsDemo(boolean realStore) {
        return switch (this) {
            case AUTO -> !realStore;
            case ALWAYS_IF_EMPTY -> true;
            case USERS_ONLY, OFF -> false;
        };
    }

    /** Whether this mode asks for the demo users (the demo year needs them: the loader signs in as them). */
    public boolean wantsDemoUsers(boolean realStore) {
        return switch (this) {
            case AUTO, USERS_ONLY -> !realStore;
            case ALWAYS_IF_EMPTY -> true;
            case OFF -> false;
        };
    }
}
