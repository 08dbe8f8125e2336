package vn.thidua.ledger.events.nomination;

import vn.thidua.ledger.events.common.RoundId;

/** Everything that can happen to a đợt bình xét (nomination round): opening, ballots, closing. */
public sealed interface NominationEvent permits NominationRoundOpened, CouncilRosterTaken, BallotKeyPublished,
        BlindSignatureIssued, BlindSignatureReissueGranted, BallotBoxOpened, BallotCredentialsIssued, BallotCredentialReissued,
        OpenBallotCast, WrittenVoteRecorded, SecretBallotCast, SealedWrittenVoteReceived, SealedWrittenVoteCounted,
        PaperTallyRecorded, IllustrativeTalliesDeclared, NominationRoundClosed {

    RoundId roundId();
}
