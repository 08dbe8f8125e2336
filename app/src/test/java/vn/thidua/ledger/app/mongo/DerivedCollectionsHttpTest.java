package vn.thidua.ledger.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.idempotency.IdempotencyStore;
import vn.thidua.ledger.app.testsupport.HttpTest;

/** Only rebuildable data is committed lazily: every view's collections and the tokens, none of the command side's. */
@HttpTest
class DerivedCollectionsHttpTest {

    @Autowired
    DerivedCollections derived;

    @Test
    void theViewsAndTheirTokensAreDerivedAndTheEventsKeysAndBallotsAreNot() {
        assertThat(derived.names())
                .contains("trackingtokens", "auditEntries", "auditPostings", "streamIndex", "asOfCheckpoints")
                .doesNotContain("eventCommits", "eventSnapshots", "eventCounters", IdempotencyStore.COLLECTION,
                                "ballotMailbox");
    }
}
