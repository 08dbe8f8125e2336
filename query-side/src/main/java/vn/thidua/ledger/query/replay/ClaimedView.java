package vn.thidua.ledger.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A view whose processor is stopped and whose token this node has claimed, so that no node processes it while a
 * {@link BulkRebuild} folds it. Views have one token segment (global order; see the processors' configuration).
 */
final class ClaimedView {

    private static final Logger log = LoggerFactory.getLogger(ClaimedView.class);
    private static final int SEGMENT = 0;

    private final String name;
    private final StreamingEventProcessor processor;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final ViewFold fold;

    private ClaimedView(String name, StreamingEventProcessor processor, TokenStore tokens,
                        TransactionManager transactions, ViewFold fold) {
        this.name = name;
        this.processor = processor;
        this.tokens = tokens;
        this.transactions = transactions;
        this.fold = fold;
    }

    /**
     * Claims the token of a stopped processor.
     *
     * @throws RebuildRefusedException another node holds the claim, or the processor has not one segment
     */
    static ClaimedView claim(StreamingEventProcessor processor, EventProcessingConfiguration processing) {
        String name = processor.getName();
        TokenStore tokens = processing.tokenStore(name);
        TransactionManager transactions = processing.transactionManager(name);
        int[] segments = transactions.fetchInTransaction(() -> tokens.fetchSegments(name));
        if (segments.length != 1 || segments[0] != SEGMENT) {
            throw new RebuildRefusedException("The view " + name + " has " + segments.length + " token segments, not "
                                              + "one (a processor that has not started yet has none); retry later.");
        }
        TrackingToken current;
        try {
            current = transactions.fetchInTransaction(() -> tokens.fetchToken(name, SEGMENT));
        } catch (RuntimeException e) {
            throw new RebuildRefusedException("The view " + name + " cannot be rebuilt now: another node holds its "
                                              + "processing claim. It keeps running there; retry later.");
        }
        if (!(processor instanceof AbstractEventProcessor withHandlers)) {
            transactions.executeInTransaction(() -> tokens.releaseClaim(name, SEGMENT));
            throw new IllegalStateException("The processor of view " + name + " does not expose its handlers");
        }
        return new ClaimedView(name, processor, tokens, transactions,
                               new ViewFold(name, withHandlers.eventHandlerInvoker(), transactions, current));
    }

    String name() {
        return name;
    }

    ViewFold fold() {
        return fold;
    }

    /** Clears the view and records, before anything is folded, that its processor must go on from the start. */
    void reset() {
        fold.reset();
        storeToken();
    }

    /** Stores the token of the last window folded; for the token store also an extension of the claim. */
    void storeToken() {
        transactions.executeInTransaction(() -> tokens.storeToken(fold.token(), name, SEGMENT));
    }

    /** Gives the view back to its processor: the token stored, the claim released, the processor started if asked. */
    void handOver(boolean start) {
        try {
            transactions.executeInTransaction(() -> {
                tokens.storeToken(fold.token(), name, SEGMENT);
                tokens.releaseClaim(name, SEGMENT);
            });
        } catch (RuntimeException e) {
            log.warn("View {}: token not handed over ({}); its processor goes on from the last one stored", name,
                     e.toString());
        }
        if (start) {
            try {
                processor.start();
            } catch (RuntimeException e) {
                log.warn("View {}: its processor did not start again ({}); it goes on from its token when it does",
                         name, e.toString());
            }
        }
    }

    /** Before anything was reset: lets the claim go and starts the processor again, as it was. */
    void abandon() {
        try {
            transactions.executeInTransaction(() -> tokens.releaseClaim(name, SEGMENT));
        } finally {
            processor.start();
        }
    }
}
