package vn.thidua.ledger.app.mongo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code thidua.mongo.*}: where the ledger keeps its data. An empty {@code uri} means "no external
 * MongoDB": the application then runs an embedded mongo-java-server itself.
 *
 * @param uri      MongoDB connection string (mapped from {@code MONGODB_URI}); blank = embedded
 * @param database      name of the database holding the ledger: events, snapshots, idempotency keys, ballot keys,
 *                      import jobs
 * @param viewsDatabase name of the database holding derived data: the views and the processors' tokens, rebuilt from
 *                      the events if lost (the embedded store keeps it in a file of its own)
 * @param embedded settings of the embedded server, ignored when {@code uri} is set
 */
@ConfigurationProperties("thidua.mongo")
public record MongoSettings(String uri,
                            @DefaultValue("thidua") String database,
                            @DefaultValue(DurableH2Backend.VIEWS_DATABASE) String viewsDatabase,
                            @DefaultValue Embedded embedded) {

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    /**
     * @param backend {@code h2} (file, survives restarts) or {@code memory} (tests)
     * @param port    loopback port the server listens on; 0 = a free one. A fixed port lets other JVMs on this
     *                host use this node as their storage ({@code MONGODB_URI=mongodb://127.0.0.1:<port>})
     * @param fsync   force every commit to the device ({@code FileChannel.force}) before the reply: a power cut
     *                then loses nothing acknowledged either. Off: commits reach the file before the reply (a
     *                killed process loses nothing) and the device within 0.2 s. Costs ~10x on single writes
     *                here (docs/benchmarks.md)
     * @param viewsCommitInterval how often the views database's file ({@code thidua-views.mv}) is committed, each time
     *                after the ledger's; what a {@code kill -9} may take back of the views (they catch up from there)
     * @param ledgerCache the page cache of the ledger's file ({@code thidua-ledger.mv}, the events): larger than the
     *                    default only for a ledger that fits in it ({@link DurableH2Backend#LEDGER_CACHE_TEXT})
     */
    public record Embedded(@DefaultValue("h2") EmbeddedBackend backend,
                           @DefaultValue("0") int port,
                           @DefaultValue("false") boolean fsync,
                           @DefaultValue(DurableH2Backend.VIEW_COMMIT_INTERVAL_TEXT) Duration viewsCommitInterval,
                           @DefaultValue(DurableH2Backend.LEDGER_CACHE_TEXT) DataSize ledgerCache) {

        public Embedded {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("thidua.mongo.embedded.port must be 0..65535, not " + port);
            }
            if (viewsCommitInterval.isNegative() || viewsCommitInterval.isZero()) {
                throw new IllegalArgumentException("thidua.mongo.embedded.views-commit-interval must be positive, not "
                        + viewsCommitInterval);
            }
            if (ledgerCache.toMegabytes() < 1 || ledgerCache.toMegabytes() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("thidua.mongo.embedded.ledger-cache must be at least 1MB (and less"
                        + " than 2 PB), not " + ledgerCache);
            }
        }

        /** The ledger file's page cache in MB. */
        public int ledgerCacheMegabytes() {
            return (int) ledgerCache.toMegabytes();
        }
    }
}
