package vn.thidua.ledger.command.nomination;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.common.Acting;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.common.TranscriptionDate;
import vn.thidua.ledger.command.record.Nominee;
import vn.thidua.ledger.command.record.TitleCriteriaPolicy;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.command.rules.RuleVersionPolicy;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.BlindSignatureReissueGranted;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateApprovals;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.IllustrativeTalliesDeclared;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.PaperTallyRecorded;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteReceived;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.VoteCount;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;

/**
 * Đợt bình xét, bỏ phiếu (nomination round): guards that only candidates who pledged the title
 * stand where the rule set requires it (R1), that candidates with a record of the year meet the title's criteria
 * (R2, R3, R5; {@link TitleCriteriaPolicy}), that only eligible voters vote, once each, while the
 * round is open, and not for their own unit where the rule forbids it (R9), and that the result is
 * computed by the voting rule the round opened with (R7, R8), recorded with its version and source. The version is
 * the one its campaign chose at the launch ({@link RuleVersionPolicy#followCampaign}); every later step of the round
 * cites the version it opened under.
 *
 * <p>In a secret round nothing links a voter to a choice, not even for whoever holds the database:
 * opening publishes an RSA public key, each eligible voter gets one blind signature (RFC 9474) on a
 * token the round never sees, and a ballot is accepted, without identity, by token and signature;
 * it carries only a receipt, a hash of the token. The tally exists only in the closing event. See
 * docs/secret-ballot.md.
 *
 * <p>A council round's voters, and so its total membership, are the council's roster on the round's date, and a
 * grassroots emulation fighter's threshold is the council's own (R7, {@link CouncilRosterPolicy}).
 *
 * <p>Lifecycle: opened (candidates, voters, rule fixed; key published if secret) → signatures
 * issued → (secret rounds) the ballot box opened → ballots cast, written votes recorded (or, for a secret
 * round voted on paper, its counting minutes recorded instead) → closed with the result, the key destroyed. The two phases of a secret round never overlap, so the history's
 * order cannot pair a signature with a ballot.
 * Nothing is accepted once closed.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("5")
public class NominationRound {


    @AggregateIdentifier
    RoundId roundId;
    CampaignId campaignId;
    int year;
    Title title;
    VotingRule rule;
    /** Keyed by id values: Jackson snapshots need plain string keys. */
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Map<String, Voter> voters = new LinkedHashMap<>();
    /** The published public key of a secret round (base64url); null in open rounds and in rounds from before it. */
    String keyModulus;
    String keyExponent;
    /** Per voter id: blind signatures issued, reissues granted, and the hash of the last blinded message signed. */
    Map<String, Integer> signaturesIssued = new HashMap<>();
    Map<String, Integer> reissuesGranted = new HashMap<>();
    Map<String, String> lastBlindedMessage = new HashMap<>();
    int totalSignaturesIssued;
    /** A secret round's casting phase: set once the ballot box opens, which ends the signing phase. */
    boolean ballotBoxOpen;
    /** Approved candidates per ballot: keyed by voter id in an open round, by receipt in a secret one. */
    Map<String, List<RegistrantId>> ballots = new LinkedHashMap<>();
    boolean closed;
    /** Whether the secretariat declared the ballots, and so the tallies, illustrative (số phiếu minh họa). */
    boolean talliesIllustrative;
    /** The day the round opened (null in snapshots taken before it was kept): transcribed dates must not precede it. */
    LocalDate openedOn;
    /** Absent members whose sealed written ballot was received, and how many such ballots were counted. */
    Set<String> sealedVoters = new HashSet<>();
    int sealedCounted;
    /** A secret round counted on paper: each candidate's approvals in the candidates' order, and the ballots returned. */
    List<Integer> paperApprovals;
    int paperBallotsReturned;
    /** Set when the round closes: the ELECTED candidates, for the decision that will cite the round. */
    List<Recipient> winners = new ArrayList<>();

    protected NominationRound() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenNominationRound command, RuleSetCatalog catalog, Clock clock, RoundKeyGenerator keys,
                RoundKeyVault vault, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        if (roundId != null) {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "round " + command.roundId() + " already exists");
        }
        checkOpening(command);
        RuleSet rules = RuleVersionPolicy.followCampaign(catalog, command.campaignRules(), command.year());
        LocalDate openedOn = TranscriptionDate.of(command.openedOn(), command.year(), LocalDate.now(clock), roles,
                "opening of a round");
        List<Voter> voters = CouncilRosterPolicy.voters(command, openedOn, rules);
        Require.notEmptyAndDistinct("voters", voters.stream().map(Voter::voterId).toList());
        voters.forEach(voter -> Require.name("voter name", voter.name()));
        VotingRule votingRule = CouncilRosterPolicy.votingRule(command, rules);
        boolean pledgeRequired = PledgedTitlePolicy.check(command, rules);
        TitleCriteriaPolicy.checkCandidates(command.title(), command.year(),
                command.candidates().stream().map(Nominee::of).toList(), command.standings(), rules);
        apply(new NominationRoundOpened(command.roundId(), command.campaignId(), command.year(), command.title(),
                command.candidates(), voters, votingRule, rules.reference(RuleCode.R1), pledgeRequired, openedOn));
        CouncilRosterTaken council = CouncilRosterPolicy.taken(command.roundId(), command, rules);
        if (council != null) {
            apply(council);
        }
        if (votingRule.ballot() == BallotKind.SECRET) {
            publishKey(command.roundId(), keys.newKeyPair(), vault);
        }
    }

    private static void checkOpening(OpenNominationRound command) {
        Require.present("campaign", command.campaignId());
        Require.year(command.year());
        Require.present("title", command.title());
        Require.present("voting body", command.body());
        Require.notEmptyAndDistinct("candidates", Require.present("candidates", command.candidates()).stream()
                .map(Candidate::registrantId).toList());
        command.candidates().forEach(candidate -> Require.name("candidate name", candidate.name()));
    }

    /**
     * Only the public half enters the event store. The private half goes to the vault once the
     * opening is committed, so a rejected opening (e.g. a concurrent one under the same id) never
     * leaves a key that does not match the published one.
     */
    private static void publishKey(RoundId roundId, KeyPair pair, RoundKeyVault vault) {
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        apply(new BallotKeyPublished(roundId, BlindRsa.SCHEME, BlindRsa.encodeUnsigned(publicKey.getModulus()),
                BlindRsa.encodeUnsigned(publicKey.getPublicExponent())));
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) pair.getPrivate();
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> vault.keep(roundId, privateKey));
    }

    @CommandHandler
    void handle(CastOpenBallot command, Clock clock, RuleSetCatalog catalog,
                @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        Acting.requireIsVoter(Require.present("voter", command.voterId()), principal, roles, actorUnit);
        Voter voter = namedVoter(command.voterId(), command.approved(), ruleSetOf(catalog));
        apply(new OpenBallotCast(roundId, voter.voterId(), voter.name(), sorted(command.approved()),
                LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(RecordWrittenVote command, Clock clock, RuleSetCatalog catalog,
                @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        Voter voter = namedVoter(command.voterId(), command.approved(), ruleSetOf(catalog));
        LocalDate receivedOn = datedInRound(command.receivedOn(), clock, roles, "written vote");
        apply(new WrittenVoteRecorded(roundId, voter.voterId(), voter.name(), sorted(command.approved()),
                receivedOn));
    }

    /**
     * Ký mù: signs the voter's blinded token, once per voter (R9), and records who got a signature,
     * not what was signed. The same blinded message is signed again without a new event, so a voter
     * whose answer was lost asks again and gets the same signature (RSA signing is deterministic);
     * a different one is refused unless the secretariat granted a reissue.
     */
    @CommandHandler
    String handle(RequestBlindSignature command, RoundKeyVault vault, RuleSetCatalog catalog,
                  @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal,
                  @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                  @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        requireBlindSigning();
        VoterId voterId = Require.present("voter", command.voterId());
        Acting.requireIsVoter(voterId, principal, roles, actorUnit);
        requireEligible(voterId);
        if (sealedVoters.contains(voterId.value())) {
            throw votedInWriting(voterId, catalog);
        }
        byte[] blinded = BlindRsa.decode(command.blindedMessage()).orElseThrow(RoundSigning::invalidBlindedMessage);
        String blindedHash = BlindRsa.sha256(blinded);
        boolean again = blindedHash.equals(lastBlindedMessage.get(voterId.value()));
        if (ballotBoxOpen && !again) {
            throw signingClosed();
        }
        if (!again && signaturesIssued.getOrDefault(voterId.value(), 0) > reissuesGranted.getOrDefault(voterId.value(), 0)) {
            throw new DomainRejection(ErrorCode.BLIND_SIGNATURE_ALREADY_ISSUED, ruleSetOf(catalog).cite(RuleCode.R9)
                    + ": " + voterId + " already received the blind signature of round " + roundId);
        }
        String signature = RoundSigning.sign(vault, roundId, publicKey(), blinded);
        if (!again) {
            apply(new BlindSignatureIssued(roundId, voterId, blindedHash));
        }
        return signature;
    }

    @CommandHandler
    void handle(CastSecretBallot command, RuleSetCatalog catalog) {
        requireBlindSigning();
        if (!ballotBoxOpen) {
            throw new DomainRejection(ErrorCode.BALLOT_BOX_NOT_OPEN, "round " + roundId + " is still handing out"
                    + " blind signatures: keep the signed token and cast it once the ballot box is open");
        }
        byte[] token = BlindRsa.token(command.token()).orElseThrow(() -> new DomainRejection(
                ErrorCode.CREDENTIAL_NOT_ISSUED, "a token is 32 bytes in base64url without padding"));
        byte[] signature = BlindRsa.decode(command.signature()).orElse(new byte[0]);
        if (!BlindRsa.verify(publicKey(), token, signature)) {
            throw new DomainRejection(ErrorCode.CREDENTIAL_NOT_ISSUED, "the token carries no signature of round "
                    + roundId + "'s key");
        }
        String receipt = BallotHashes.receipt(command.token());
        if (ballots.containsKey(receipt)) {
            throw new DomainRejection(ErrorCode.CREDENTIAL_ALREADY_USED, ruleSetOf(catalog).cite(RuleCode.R9)
                    + ": this token was used");
        }
        if (ballots.size() - sealedCounted >= totalSignaturesIssued) {
            // A valid signature the round did not issue: the key was used outside the ledger.
            throw new DomainRejection(ErrorCode.MORE_BALLOTS_THAN_SIGNATURES, "round " + roundId + " issued "
                    + totalSignaturesIssued + " signatures and has as many ballots");
        }
        checkChoices(command.approved());
        apply(new SecretBallotCast(roundId, receipt, sorted(command.approved())));
    }

    /**
     * Phiếu bầu kín bằng văn bản (R7: absent members vote in writing, in a secret round too): during the signing
     * phase the secretariat records that an absent member's sealed ballot arrived, which takes the place of their
     * blind signature (one or the other, R9); its inner envelope is opened only with the ballot box, see
     * {@link CountSealedWrittenVote}, so the history never pairs the member with the choices.
     */
    @CommandHandler
    void handle(ReceiveSealedWrittenVote command, Clock clock, RuleSetCatalog catalog,
                @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        requireBlindSigning();
        if (ballotBoxOpen) {
            throw new DomainRejection(ErrorCode.SIGNING_CLOSED, "the ballot box of round " + roundId + " is open:"
                    + " sealed written ballots are received before it opens, with the blind signatures");
        }
        VoterId voterId = Require.present("voter", command.voterId());
        requireEligible(voterId);
        if (sealedVoters.contains(voterId.value()) || signaturesIssued.containsKey(voterId.value())) {
            throw votedInWriting(voterId, catalog);
        }
        LocalDate receivedOn = datedInRound(command.receivedOn(), clock, roles, "sealed written vote");
        apply(new SealedWrittenVoteReceived(roundId, voterId, receivedOn));
    }

    /**
     * Mở phiếu bầu kín bằng văn bản: with the ballot box open, one sealed ballot is taken out and its choices entered,
     * without its sender, under a receipt of its own; never more than were received. Answers the receipt.
     */
    @CommandHandler
    String handle(CountSealedWrittenVote command) {
        requireBlindSigning();
        if (!ballotBoxOpen) {
            throw new DomainRejection(ErrorCode.BALLOT_BOX_NOT_OPEN, "sealed written ballots of round " + roundId
                    + " are opened with the ballot box");
        }
        if (sealedCounted >= sealedVoters.size()) {
            throw new DomainRejection(ErrorCode.NO_SEALED_VOTE_LEFT, "round " + roundId + " received "
                    + sealedVoters.size() + " sealed written ballots and counted them all");
        }
        checkChoices(command.approved());
        // Numbered in the order counted, which is the order they come out of the box, not the order received.
        String receipt = BallotHashes.receipt("sealed-written-vote:" + roundId + ":" + (sealedCounted + 1));
        apply(new SealedWrittenVoteCounted(roundId, receipt, sorted(command.approved())));
        return receipt;
    }

    private DomainRejection votedInWriting(VoterId voterId, RuleSetCatalog catalog) {
        return new DomainRejection(ErrorCode.ALREADY_VOTED, ruleSetOf(catalog).cite(RuleCode.R9) + ": " + voterId
                + " votes in round " + roundId + " either by a blind-signed ballot or by a sealed written one");
    }

    /**
     * Cho phép ký lại: a voter who lost their signed token may get one more signature. The round
     * cannot know whether the lost token voted (that is blindness), so this is a recorded risk, not a
     * checked one: the event names the voter, the reason is in its metadata, and ballots never
     * outnumber the signatures issued. Only once the voter's current allowance is used.
     */
    @CommandHandler
    void handle(ReissueBlindSignature command, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        if (!Acting.isSecretariat(roles)) {
            throw new DomainRejection(ErrorCode.REISSUE_BY_SECRETARIAT_ONLY, "only the secretariat allows a second"
                    + " blind signature");
        }
        requireBlindSigning();
        if (ballotBoxOpen) {
            throw signingClosed();
        }
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        VoterId voterId = Require.present("voter", command.voterId());
        requireEligible(voterId);
        if (signaturesIssued.getOrDefault(voterId.value(), 0) <= reissuesGranted.getOrDefault(voterId.value(), 0)) {
            throw new DomainRejection(ErrorCode.NO_SIGNATURE_TO_REISSUE, voterId + " may still ask for a blind"
                    + " signature in round " + roundId);
        }
        apply(new BlindSignatureReissueGranted(roundId, voterId));
    }

    /**
     * Mở hòm phiếu: the signing phase ends and the casting phase begins. Were they to overlap, a voter
     * who is signed and casts at once would leave two neighbouring events, and the order of the history
     * would pair the voter with the ballot; this way every signature precedes every secret ballot.
     */
    @CommandHandler
    void handle(OpenBallotBox command, Clock clock) {
        requireBlindSigning();
        if (ballotBoxOpen) {
            throw new DomainRejection(ErrorCode.BALLOT_BOX_ALREADY_OPEN, "the ballot box of round " + roundId
                    + " is already open");
        }
        apply(new BallotBoxOpened(roundId, totalSignaturesIssued, LocalDate.now(clock)));
    }

    private DomainRejection signingClosed() {
        return new DomainRejection(ErrorCode.SIGNING_CLOSED, "the ballot box of round " + roundId + " is open:"
                + " blind signatures were handed out before it opened");
    }

    /**
     * Biên bản kiểm phiếu: a secret round voted with paper ballots in the meeting room (absent members' sealed written
     * ballots among them) is counted by its vote counters, and the minutes' figures replace individual ballots. A
     * round is counted one way only: not once a blind signature was issued or the ballot box opened, and no blind
     * signature after ({@code PAPER_TALLY_CONFLICT}).
     */
    @CommandHandler
    void handle(RecordPaperTally command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        requireBallotKind(BallotKind.SECRET);
        if (paperApprovals != null || totalSignaturesIssued > 0 || !sealedVoters.isEmpty() || ballotBoxOpen) {
            throw new DomainRejection(ErrorCode.PAPER_TALLY_CONFLICT, "round " + roundId + (paperApprovals != null
                    ? " already has its counting minutes" : " is voted by blind-signed ballots: it has no paper count"));
        }
        PaperTallyPolicy.check(command, voters.size(), candidates.keySet());
        LocalDate countedOn = datedInRound(command.countedOn(), clock, roles, "count of the paper ballots");
        Map<String, CandidateApprovals> byCandidate = new HashMap<>();
        command.approvals().forEach(approval -> byCandidate.put(approval.registrantId().value(), approval));
        apply(new PaperTallyRecorded(roundId, command.counters(), command.ballotsIssued(), command.ballotsReturned(),
                command.ballotsValid(), command.ballotsInvalid(),
                candidates.keySet().stream().map(byCandidate::get).toList(), countedOn));
    }

    /** Labelling, not voting: the ballots stay as cast, only the views mark the tallies "minh họa". */
    @CommandHandler
    void handle(DeclareIllustrativeTallies command, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        requireOpen();
        apply(new IllustrativeTalliesDeclared(roundId, campaignId,
                IllustrativeTalliesPolicy.check(talliesIllustrative, command.note(), roles)));
    }

    /** Closing a secret round also destroys its signing key, once the closing is committed. */
    @CommandHandler
    void handle(CloseNominationRound command, Clock clock, RoundKeyVault vault,
                @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        requireOpen();
        LocalDate closedOn = datedInRound(command.closedOn(), clock, roles, "closing of a round");
        List<Candidate> standing = List.copyOf(candidates.values());
        VoteCount.Tally tally = paperApprovals == null
                ? VoteCount.count(rule, standing, voters.size(), ballots.values())
                : VoteCount.count(rule, standing, paperApprovals, voters.size(), paperBallotsReturned);
        apply(new NominationRoundClosed(roundId, campaignId, year, title, rule, voters.size(), tally.ballotsReceived(),
                tally.quorumMet(), tally.results(), tally.tieAtCap(), closedOn));
        if (rule.ballot() == BallotKind.SECRET) {
            RoundId round = roundId;
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> vault.destroy(round));
        }
    }

    /** A transcribed vote or closing cannot precede the round's opening: the minutes would contradict themselves. */
    private LocalDate datedInRound(LocalDate declared, Clock clock, List<String> roles, String what) {
        LocalDate on = TranscriptionDate.of(declared, year, LocalDate.now(clock), roles, what);
        if (openedOn != null && on.isBefore(openedOn)) {
            throw Require.invalid("the " + what + " of round " + roundId + " cannot be dated " + on
                    + ", before the round opened on " + openedOn);
        }
        return on;
    }

    /** For {@link RoundFacts}: the result, once there is one. */
    RoundResult result() {
        if (!closed) {
            throw new DomainRejection(ErrorCode.ROUND_NOT_CLOSED, "round " + roundId
                    + " is still open: its winners are known when it closes");
        }
        return new RoundResult(roundId, campaignId, title, year, rule.rule(), winners);
    }

    /** The checks an open ballot and a written vote share: both name their voter. */
    private Voter namedVoter(VoterId voterId, List<RegistrantId> approved, RuleSet rules) {
        requireBallotKind(BallotKind.OPEN);
        Voter voter = voters.get(Require.present("voter", voterId).value());
        if (voter == null) {
            throw new DomainRejection(ErrorCode.NOT_AN_ELIGIBLE_VOTER, voterId + " is not a voter of round " + roundId);
        }
        if (ballots.containsKey(voterId.value())) {
            throw new DomainRejection(ErrorCode.ALREADY_VOTED, rules.cite(RuleCode.R9) + ": "
                    + voter.name() + " already voted in round " + roundId);
        }
        checkChoices(approved);
        SelfVotePolicy.check(voter, approved, candidates, rule, rules);
        return voter;
    }

    private void checkChoices(List<RegistrantId> approved) {
        Require.present("approved", approved);
        Require.distinct("approved", approved);
        approved.stream().filter(candidateId -> candidateId == null || !candidates.containsKey(candidateId.value()))
                .findFirst().ifPresent(unknown -> {
                    throw new DomainRejection(ErrorCode.UNKNOWN_CANDIDATE, unknown + " is not a candidate of round "
                            + roundId);
                });
    }

    private void requireBallotKind(BallotKind kind) {
        requireOpen();
        if (rule.ballot() != kind) {
            throw new DomainRejection(ErrorCode.WRONG_BALLOT_KIND, rule.rule().ruleCode() + " ("
                    + rule.rule().legalSource() + "): round " + roundId + " is voted by " + rule.ballot() + " ballot");
        }
    }

    /** A secret round that published a key; one opened before blind signatures can only be closed. */
    private void requireBlindSigning() {
        requireBallotKind(BallotKind.SECRET);
        if (paperApprovals != null) {
            throw new DomainRejection(ErrorCode.PAPER_TALLY_CONFLICT, "round " + roundId + " was counted on paper:"
                    + " it takes no blind-signed ballots");
        }
        if (keyModulus == null) {
            throw new DomainRejection(ErrorCode.ROUND_KEY_UNAVAILABLE, "round " + roundId + " was opened before blind"
                    + " signatures and takes no more ballots: close it");
        }
    }

    private void requireEligible(VoterId voterId) {
        if (!voters.containsKey(voterId.value())) {
            throw new DomainRejection(ErrorCode.NOT_AN_ELIGIBLE_VOTER, voterId + " is not a voter of round " + roundId);
        }
    }

    private RSAPublicKey publicKey() {
        return BlindRsa.publicKey(keyModulus, keyExponent);
    }

    private void requireOpen() {
        if (closed) {
            throw new DomainRejection(ErrorCode.ROUND_CLOSED, "round " + roundId + " is closed");
        }
    }

    /** The rule set the round opened under: later steps cite it, not whatever is in force today. */
    private RuleSet ruleSetOf(RuleSetCatalog catalog) {
        return catalog.citedBy(rule.rule());
    }

    /** Ballots list choices in one canonical order, so the order of clicking leaks nothing. */
    private static List<RegistrantId> sorted(List<RegistrantId> approved) {
        return approved.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }

    @EventSourcingHandler
    void on(NominationRoundOpened event) {
        roundId = event.roundId();
        campaignId = event.campaignId();
        year = event.year();
        title = event.title();
        rule = event.rule();
        openedOn = event.openedOn();
        event.candidates().forEach(candidate -> candidates.put(candidate.registrantId().value(), candidate));
        event.voters().forEach(voter -> voters.put(voter.voterId().value(), voter));
    }

    @EventSourcingHandler
    void on(BallotKeyPublished event) {
        keyModulus = event.modulus();
        keyExponent = event.publicExponent();
    }

    @EventSourcingHandler
    void on(BlindSignatureIssued event) {
        signaturesIssued.merge(event.voterId().value(), 1, Integer::sum);
        lastBlindedMessage.put(event.voterId().value(), event.blindedMessageHash());
        totalSignaturesIssued++;
    }

    @EventSourcingHandler
    void on(BlindSignatureReissueGranted event) {
        reissuesGranted.merge(event.voterId().value(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(BallotBoxOpened event) {
        ballotBoxOpen = true;
    }

    @EventSourcingHandler
    void on(OpenBallotCast event) {
        ballots.put(event.voterId().value(), event.approved());
    }

    @EventSourcingHandler
    void on(WrittenVoteRecorded event) {
        ballots.put(event.voterId().value(), event.approved());
    }

    @EventSourcingHandler
    void on(SecretBallotCast event) {
        ballots.put(event.receipt(), event.approved());
    }

    @EventSourcingHandler
    void on(SealedWrittenVoteReceived event) {
        sealedVoters.add(event.voterId().value());
    }

    @EventSourcingHandler
    void on(SealedWrittenVoteCounted event) {
        ballots.put(event.receipt(), event.approved());
        sealedCounted++;
    }

    @EventSourcingHandler
    void on(PaperTallyRecorded event) {
        paperApprovals = event.approvals().stream().map(CandidateApprovals::approvals).toList();
        paperBallotsReturned = event.ballotsReturned();
    }

    @EventSourcingHandler
    void on(IllustrativeTalliesDeclared event) {
        talliesIllustrative = true;
    }

    @EventSourcingHandler
    void on(NominationRoundClosed event) {
        closed = true;
        winners = event.results().stream().filter(result -> result.outcome() == CandidateOutcome.ELECTED)
                .map(result -> new Recipient(result.registrantId(), result.name(), result.unit())).toList();
    }
}
