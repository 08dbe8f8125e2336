package vn.thidua.ledger.events.nomination;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Cho phép ký lại phiếu bầu: the secretariat allowed a voter who lost their signed token one more
 * blind signature (the reason is in the metadata). The round cannot tell whether the lost token was
 * used, since that is what blindness means, so this event is the public record of the one risk it
 * takes: see docs/secret-ballot.md, "Reissue".
 */
@Revision("1")
public record BlindSignatureReissueGranted(RoundId roundId, VoterId voterId) implements NominationEvent {
}
