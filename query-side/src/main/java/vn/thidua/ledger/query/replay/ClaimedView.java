package vn.thidua.ledger.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.ledger.query.view.RebuildableView;

import java.time.Clock;
import java.util.Objects;

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
    private final RebuildableView view;
    private TrackingToken lastStored;
    private boolean stored;

    private ClaimedView(String name, StreamingEventProcessor processor, TokenStore tokens,
                        TransactionManager transactions, ViewFold fold, RebuildableView view) {
        this.name = name;
        this.view = view;
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
    static ClaimedView claim(StreamingEventProcessor processor, RebuildableView view,
                             EventProcessingConfiguration processing, Clock clock) {
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
        } catch (UnableToClaimTokenException e) {
            throw new RebuildRefusedException("The view " + name + " cannot be rebuilt now: another node holds its "
                                              + "processing claim. It keeps running there; retry later.");
        }
        if (processor.isRunning()) {
            // Started by someone else since it stopped: it would fold beside the rebuild under the same claim owner.
            transactions.executeInTransaction(() -> tokens.releaseClaim(name, SEGMENT));
            throw new RebuildRefusedException("The view " + name + " was started again meanwhile; retry later.");
        }
        if (!(processor instanceof AbstractEventProcessor withHandlers)) {
            transactions.executeInTransaction(() -> tokens.releaseClaim(name, SEGMENT));
            throw new IllegalStateException("The processor of view " + name + " does not expose its handlers");
        }
        return new ClaimedView(name, processor, tokens, transactions,
                               new ViewFold(name, withHandlers.eventHandlerInvoker(), transactions, current, clock),
                               view);
    }

    String name() {
        return name;
    }

    ViewFold fold() {
        return fold;
    }

    /**
     * Records that the processor must go on from the start (which also proves the claim is still this node's), then
     * clears the view: a node that dies in between leaves a replay from the start, never its old token over a
     * cleared view.
     */
    void reset() {
        storeToken();
        long start = System.nanoTime();
        fold.reset();
        view.rebuildBegan();
        // dropping a large view is not free on the embedded store (docs/operations-rebuild.md): say what it took
        log.info("Rebuild of {}: cleared in {} ms", name, (System.nanoTime() - start) / 1_000_000);
    }

    /** Stores the token of the last window written, if it moved; for the token store also an extension of the claim. */
    void storeToken() {
        TrackingToken token = fold.token();
        if (stored && Objects.equals(token, lastStored)) {
            return;
        }
        transactions.executeInTransaction(() -> tokens.storeToken(token, name, SEGMENT));
        lastStored = token;
        stored = true;
    }

    /** Keeps the claim while no window completes (the view waits for the reader, or on a long write). */
    void extendClaim() {
        transactions.executeInTransaction(() -> tokens.extendClaim(name, SEGMENT));
    }

    /** After a failed start: a view already reset goes on from the start through its processor, others as they were. */
    void giveBack() {
        if (stored) {
            handOver(true);
        } else {
            abandon();
        }
    }

    /** Gives the view back to its processor: the token stored, the claim released, the processor started if asked. */
    void handOver(boolean start) {
        view.rebuildEnded();
        try {
            storeToken();
        } catch (RuntimeException e) {
            log.warn("View {}: token not handed over ({}); its processor goes on from the last one stored", name,
                     e.toString());
        }
        releaseClaim();
        if (start) {
            startProcessor();
        }
    }

    /** Before anything was reset: lets the claim go and starts the processor again, as it was. */
    void abandon() {
        releaseClaim();
        startProcessor();
    }

    private void releaseClaim() {
        try {
            transactions.executeInTransaction(() -> tokens.releaseClaim(name, SEGMENT));
        } catch (RuntimeException e) {
            log.warn("View {}: claim not released ({}); another node may take it after the claim timeout", name,
                     e.toString());
        }
    }

    private void startProcessor() {
        try {
            processor.start();
        } catch (RuntimeException e) {
            log.warn("View {}: its processor did not start again ({}); it goes on from its token when it does",
                     name, e.toString());
        }
    }
}
