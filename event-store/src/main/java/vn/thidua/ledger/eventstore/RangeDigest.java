package vn.thidua.ledger.eventstore;

import org.bson.Document;

import java.security.MessageDigest;
import java.nio.ByteBuffer;

/**
 * The digest a checkpoint seals: SHA-256 over, for each commit of the range in global order (void commits
 * included), its last global index and the {@link CommitHash} of its content. The hash is recomputed rather
 * than read, so commits written before the chain (without a stored hash) are sealed as well.
 */
final class RangeDigest {

    private final MessageDigest digest = CommitHash.sha256();

    void add(Document commit) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(CommitDocument.lastIndex(commit)).array());
        digest.update(CommitHash.bytes(commit));
    }

    String hex() {
        return CommitHash.hex(digest.digest());
    }
}
