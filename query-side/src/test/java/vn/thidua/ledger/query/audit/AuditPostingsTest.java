package vn.thidua.ledger.query.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.ledger.query.testsupport.Interleaving;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewHoldings;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's posting lists as a rebuild writes them, and a stale writer of them: a node that read a list's head, then
 * stalled while its claim passed to another node, which wrote the same positions and later ones (it starts from the
 * last stored token, so from before the stale node's batch). When the stale node writes at last, its compare-and-sets
 * on the chunk and the head miss, and the list stays as the new owner left it: never shortened, no position twice.
 */
class AuditPostingsTest {

    private static final String KEY = "actor:thu-ky";
    private static final String LISTS = AuditLog.POSTINGS;

    private final MemoryMongo mongo = new MemoryMongo();
    private final AuditPostings owner = new AuditPostings(mongo.database(), LISTS);

    @AfterEach
    void close() {
        mongo.close();
    }

    /**
     * @param bulkWrite the stale node's write the new owner's go just before: its first (the chunk), or its second (the
     *                  head, its chunk appended already)
     */
    @ParameterizedTest(name = "the new owner wrote just before the stale node''s {1}")
    @CsvSource({"1, chunk write", "2, head write"})
    void aStaleWriterLeavesTheNewOwnersListWhole(int bulkWrite, String which) {
        owner.append(1, List.of(KEY));
        AuditPostings stale = staleWriterWhoseBulkWrite(bulkWrite, () -> newOwnerWrites(5, 6, 7));

        stale.append(5, List.of(KEY));

        assertListedOnce(1L, 5L, 6L, 7L);
    }

    /**
     * A rebuild's windows hold their appends back ({@link ViewHoldings}) and write them together: nothing is listed
     * before that, and then the lists are those appended batch by batch, across chunks.
     */
    @Test
    void appendsHeldBackOverARebuildsWindowsListWhatAppendsBatchByBatchList() {
        ViewHoldings holdings = new ViewHoldings();
        int count = 2 * AuditPostings.CHUNK + 7;
        for (long first = 1; first <= count; first += 300) {
            UnitOfWork<?> window = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("window"));
            ViewBatch batch = ViewBatch.openIn(window, holdings);
            for (long position = first; position < first + 300 && position <= count; position++) {
                owner.append(position, position % 2 == 0 ? List.of(KEY, "type:ScoreSelfAssessed") : List.of(KEY));
            }
            ViewBatch.Deferred writes = batch.defer();
            window.commit();
            writes.writeAndRelease();
        }
        assertThat(owner.counts(List.of(KEY))).isEmpty();

        holdings.write();

        try (MemoryMongo clean = new MemoryMongo()) {
            AuditPostings batchByBatch = new AuditPostings(clean.database(), LISTS);
            for (long position = 1; position <= count; position++) {
                batchByBatch.append(position, position % 2 == 0 ? List.of(KEY, "type:ScoreSelfAssessed") : List.of(KEY));
            }
            assertThat(owner.collectionChecksum()).isEqualTo(batchByBatch.collectionChecksum());
        }
        assertThat(owner.all(KEY, count)).containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
    }

    /** The stale writer's lists, with the new owner's writes run just before its {@code n}-th bulk write. */
    private AuditPostings staleWriterWhoseBulkWrite(int n, Runnable newOwner) {
        return new AuditPostings(Interleaving.before(mongo.database(), LISTS, n, newOwner), LISTS);
    }

    private void newOwnerWrites(long... positions) {
        for (long position : positions) {
            owner.append(position, List.of(KEY));
        }
    }

    private void assertListedOnce(Long... positions) {
        assertThat(owner.counts(List.of(KEY))).containsEntry(KEY, (long) positions.length);
        assertThat(owner.last(KEY)).isEqualTo(positions[positions.length - 1]);
        assertThat(owner.all(KEY, positions.length + 1)).containsExactly(positions);

        try (MemoryMongo clean = new MemoryMongo()) {
            AuditPostings cleanlyWritten = new AuditPostings(clean.database(), LISTS);
            for (long position : positions) {
                cleanlyWritten.append(position, List.of(KEY));
            }
            assertThat(owner.collectionChecksum()).isEqualTo(cleanlyWritten.collectionChecksum());
        }
    }
}
