package vn.thidua.ledger.events.nomination;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Công bố khóa công khai của đợt bỏ phiếu kín: the RSA public key with which the round blind-signs
 * its voters' tokens, published so that every voter's page can blind against it and anyone can
 * check every ballot's signature. The private key never enters the event store.
 *
 * @param scheme         the RFC 9474 variant, e.g. {@code RSABSSA-SHA384-PSS-Deterministic}
 * @param modulus        n, unsigned big-endian bytes in base64url without padding
 * @param publicExponent e, in the same encoding
 */
@Revision("1")
public record BallotKeyPublished(RoundId roundId, String scheme, String modulus, String publicExponent)
        implements NominationEvent {
}
