package vn.thidua.ledger.events.nomination;

import vn.thidua.ledger.events.common.RoundId;

/** Everything that can happen to a đợt bình xét (nomination round): opening, ballots, closing. */
public sealed interface NominationEvent permits NominationRoundOpened, BallotKeyPublished,
        BlindSignatureIssued, BlindSignatureReissueGranted, BallotBoxOpened, BallotCredentialsIssued, BallotCredentialReissued,
        OpenBallotCast, WrittenVoteRecorded, SecretBallotCast, IllustrativeTalliesDeclared, NominationRoundClosed {

    RoundId roundId();
}
