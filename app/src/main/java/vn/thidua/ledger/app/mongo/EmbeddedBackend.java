package vn.thidua.ledger.app.mongo;

/** Storage behind the embedded mongo-java-server. */
public enum EmbeddedBackend {
    /** H2 MVStore file under {@code thidua.data-dir}: the embedded default, data survives restarts. */
    H2,
    /** Process memory only: for tests, gone on shutdown. */
    MEMORY
}
