package vn.thidua.ledger.eventstore;

/**
 * The outcome of verifying the history (or a range of it) with {@link IntegrityVerifier}.
 *
 * @param from               the first global index verified
 * @param to                 the last global index asked for
 * @param intact             no check failed
 * @param verifiedTo         the last global index verified: {@code to}, or less where the history is not settled yet
 *                           (a hole behind which only recent commits lie) or where a check failed
 * @param checkedCommits     commits (voids included) checked
 * @param checkedEvents      events in them
 * @param legacyCommits      commits written before the hash chain (no {@code hash}): not chained, not a breach
 * @param unchainedBefore    if there were legacy commits: the history is unchained before this global index
 * @param sealedTo           the last global index sealed by a signed checkpoint (0 if none)
 * @param checkpointsChecked checkpoints whose signature and link were checked, and whose digest was recomputed if
 *                           their whole range lies in the verified range
 * @param breach             the first failed check, or null
 */
public record IntegrityReport(long from, long to, boolean intact, long verifiedTo, long checkedCommits,
                              long checkedEvents, long legacyCommits, Long unchainedBefore, long sealedTo,
                              int checkpointsChecked, Breach breach) {

    /** The first failed check: at which global index, which check, and what was found. */
    public record Breach(long position, Check check, String detail) {
    }

    /** The checks, in the words of docs/integrity.md. */
    public enum Check {
        /** A commit's content does not hash to its stored {@code hash}: edited (payload, metadata, ids, position …). */
        HASH,
        /** A commit's {@code prevHash} is not the hash of its aggregate's previous commit, or that commit is gone. */
        LINK,
        /**
         * An aggregate's previous commit sits at a later global index than the commit itself: reordered; or, at index
         * 0, a commit stored outside the global indexes.
         */
        ORDER,
        /** A global index holds nothing although it is sealed, or although older commits lie behind it: deleted. */
        MISSING,
        /** A commit overlaps the global indexes of the one before it. */
        OVERLAP,
        /** A commit without a hash after chained ones: written or stripped by hand. */
        UNCHAINED,
        /** The commits of a sealed range no longer digest to the checkpoint's digest. */
        CHECKPOINT_DIGEST,
        /** A checkpoint's hash, signature or key is not right (forged, edited, or signed by another key). */
        CHECKPOINT_SIGNATURE,
        /** A checkpoint does not follow the one before it (previous hash, or a range that does not continue it). */
        CHECKPOINT_LINK
    }
}
