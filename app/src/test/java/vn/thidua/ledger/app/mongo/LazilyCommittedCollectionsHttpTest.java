package vn.thidua.ledger.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.idempotency.IdempotencyStore;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Committed lazily: rebuildable data (every view's collections, the tokens) and the global index counter; never the
 * events, snapshots, idempotency keys or ballot credentials.
 */
@HttpTest
class LazilyCommittedCollectionsHttpTest {

    @Autowired
    LazilyCommittedCollections lazy;

    @Test
    void theViewsTheirTokensAndTheCounterAreLazyAndTheEventsKeysAndRoundKeysAreNot() {
        assertThat(lazy.names())
                .contains("trackingtokens", "auditEntries", "auditPostings", "streamIndex", "asOfCheckpoints",
                          "eventCounters")
                .doesNotContain("eventCommits", "eventSnapshots", IdempotencyStore.COLLECTION, "roundKeys");
    }
}
