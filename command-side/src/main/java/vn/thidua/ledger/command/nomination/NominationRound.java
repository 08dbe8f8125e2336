package vn.thidua.ledger.command.nomination;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.BallotCredentialReissued;
import vn.thidua.ledger.events.nomination.BallotCredentialsIssued;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.VoteCount;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;

/**
 * Đợt bình xét, bỏ phiếu (nomination round): guards that only candidates who pledged the title
 * stand where the rule set requires it (R1), that only eligible voters vote, once each, while the
 * round is open, and not for their own unit where the rule forbids it (R9), and that the result is
 * computed by the voting rule the round opened with (R7, R8), recorded with its version and source.
 *
 * <p>In a secret round no event links a voter to a choice: opening issues one credential per voter
 * (only hashes are stored), a ballot is accepted by credential and carries only a receipt, and the
 * tally exists only in the closing event. See docs/secret-ballot.md.
 *
 * <p>Lifecycle: opened (candidates, voters, rule fixed; credentials issued if secret) → ballots
 * cast, written votes recorded → closed with the result. Nothing is accepted once closed.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("1")
public class NominationRound {

    private static final int MAX_CREDENTIAL_LENGTH = 200;
    /** R9: one ballot per voter per round, only while open, not on one's own candidacy where forbidden. */

    @AggregateIdentifier
    RoundId roundId;
    CampaignId campaignId;
    int year;
    Title title;
    VotingRule rule;
    /** Keyed by id values: Jackson snapshots need plain string keys. */
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Map<String, Voter> voters = new LinkedHashMap<>();
    Set<String> issuedCredentialHashes = new HashSet<>();
    /** Approved candidates per ballot: keyed by voter id in an open round, by receipt in a secret one. */
    Map<String, List<RegistrantId>> ballots = new LinkedHashMap<>();
    boolean closed;
    /** Set when the round closes: the ELECTED candidates, for the decision that will cite the round. */
    List<Recipient> winners = new ArrayList<>();

    protected NominationRound() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenNominationRound command, RuleSetCatalog catalog, Clock clock,
                BallotCredentialGenerator generator, BallotCredentialMailbox mailbox) {
        if (roundId != null) {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "round " + command.roundId() + " already exists");
        }
        checkOpening(command);
        RuleSet rules = catalog.forYear(command.year());
        VotingRule votingRule = rules.votingRuleFor(command.title(), command.body());
        boolean pledgeRequired = PledgedTitlePolicy.check(command, rules);
        apply(new NominationRoundOpened(command.roundId(), command.campaignId(), command.year(), command.title(),
                command.candidates(), command.voters(), votingRule, rules.reference(RuleCode.R1), pledgeRequired,
                LocalDate.now(clock)));
        if (votingRule.ballot() == BallotKind.SECRET) {
            issueCredentials(command.roundId(), command.voters(), generator, mailbox);
        }
    }

    private static void checkOpening(OpenNominationRound command) {
        Require.present("campaign", command.campaignId());
        Require.year(command.year());
        Require.present("title", command.title());
        Require.present("voting body", command.body());
        Require.notEmptyAndDistinct("candidates", Require.present("candidates", command.candidates()).stream()
                .map(Candidate::registrantId).toList());
        Require.notEmptyAndDistinct("voters", Require.present("voters", command.voters()).stream()
                .map(Voter::voterId).toList());
        command.candidates().forEach(candidate -> Require.name("candidate name", candidate.name()));
        command.voters().forEach(voter -> Require.name("voter name", voter.name()));
    }

    /**
     * The plaintext pairs go to the mailbox only after the events are committed, so a rejected or
     * rolled-back opening never hands out credentials that were not issued.
     */
    private static void issueCredentials(RoundId roundId, List<Voter> voters, BallotCredentialGenerator generator,
                                         BallotCredentialMailbox mailbox) {
        Map<VoterId, String> credentials = voters.stream()
                .collect(Collectors.toMap(Voter::voterId, voter -> generator.newCredential()));
        List<String> sortedHashes = credentials.values().stream().map(BallotHashes::issued).sorted().toList();
        apply(new BallotCredentialsIssued(roundId, sortedHashes));
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> mailbox.deliver(roundId, credentials));
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
    void handle(RecordWrittenVote command, Clock clock, RuleSetCatalog catalog) {
        Voter voter = namedVoter(command.voterId(), command.approved(), ruleSetOf(catalog));
        apply(new WrittenVoteRecorded(roundId, voter.voterId(), voter.name(), sorted(command.approved()),
                LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(CastSecretBallot command, RuleSetCatalog catalog) {
        requireBallotKind(BallotKind.SECRET);
        String credential = Require.text("credential", command.credential(), MAX_CREDENTIAL_LENGTH);
        if (!issuedCredentialHashes.contains(BallotHashes.issued(credential))) {
            throw new DomainRejection(ErrorCode.CREDENTIAL_NOT_ISSUED, "this credential was not issued for round "
                    + roundId);
        }
        String receipt = BallotHashes.receipt(credential);
        if (ballots.containsKey(receipt)) {
            throw new DomainRejection(ErrorCode.CREDENTIAL_ALREADY_USED, ruleSetOf(catalog).cite(RuleCode.R9)
                    + ": this credential was used");
        }
        checkChoices(command.approved());
        apply(new SecretBallotCast(roundId, receipt, sorted(command.approved())));
    }

    /**
     * Cấp lại phiếu: voids the voter's credential and issues a new one, so a credential lost after
     * its collection window, or seen by someone else, does not cost the vote. Only an unused
     * credential is voided (else the voter would vote twice); the old credential comes from the
     * mailbox, which holds it until the round closes, and is only hashed here. The refusal tells the
     * secretariat that this voter has voted, which a council sees anyway, never how.
     */
    @CommandHandler
    void handle(ReissueBallotCredential command, RuleSetCatalog catalog, BallotCredentialGenerator generator,
                BallotCredentialMailbox mailbox, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        if (!Acting.isSecretariat(roles)) {
            throw new DomainRejection(ErrorCode.REISSUE_BY_SECRETARIAT_ONLY, "only the secretariat reissues a credential");
        }
        requireBallotKind(BallotKind.SECRET);
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        VoterId voterId = Require.present("voter", command.voterId());
        if (!voters.containsKey(voterId.value())) {
            throw new DomainRejection(ErrorCode.NOT_AN_ELIGIBLE_VOTER, voterId + " is not a voter of round " + roundId);
        }
        String old = mailbox.held(roundId, voterId).orElseThrow(() -> new DomainRejection(
                ErrorCode.NO_CREDENTIAL_WAITING, "the mailbox no longer holds the credential of " + voterId
                + " in round " + roundId + ", so it cannot be voided"));
        if (ballots.containsKey(BallotHashes.receipt(old))) {
            throw new DomainRejection(ErrorCode.CREDENTIAL_ALREADY_USED, ruleSetOf(catalog).cite(RuleCode.R9) + ": "
                    + voterId + " already voted in round " + roundId + "; a cast ballot is not taken back");
        }
        String fresh = generator.newCredential();
        apply(new BallotCredentialReissued(roundId, voterId, BallotHashes.issued(old), BallotHashes.issued(fresh)));
        RoundId round = roundId;
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> mailbox.replace(round, voterId, fresh));
    }

    /** Closing a secret round also makes the mailbox forget its pairs, once the closing is committed. */
    @CommandHandler
    void handle(CloseNominationRound command, Clock clock, BallotCredentialMailbox mailbox) {
        requireOpen();
        VoteCount.Tally tally = VoteCount.count(rule, List.copyOf(candidates.values()), voters.size(), ballots.values());
        apply(new NominationRoundClosed(roundId, campaignId, year, title, rule, voters.size(), tally.ballotsReceived(),
                tally.quorumMet(), tally.results(), tally.tieAtCap(), LocalDate.now(clock)));
        if (rule.ballot() == BallotKind.SECRET) {
            RoundId round = roundId;
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> mailbox.discard(round));
        }
    }

    /** For {@link RoundFacts}: the result, once there is one. */
    RoundResult result() {
        if (!closed) {
            throw new DomainRejection(ErrorCode.ROUND_NOT_CLOSED, "round " + roundId
                    + " is still open: its winners are known when it closes");
        }
        return new RoundResult(roundId, title, year, rule.rule(), winners);
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
        if (!rule.selfVoteAllowed()) {
            approved.stream().map(candidateId -> candidates.get(candidateId.value()))
                    .filter(candidate -> candidate.unit().id().equals(voter.unit().id())).findFirst()
                    .ifPresent(candidate -> {
                        throw new DomainRejection(ErrorCode.SELF_VOTE_FORBIDDEN, rules.cite(RuleCode.R9) + ": "
                                + voter.name() + " may not vote on the candidacy of its own unit (" + candidate.name() + ")");
                    });
        }
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

    private void requireOpen() {
        if (closed) {
            throw new DomainRejection(ErrorCode.ROUND_CLOSED, "round " + roundId + " is closed");
        }
    }

    /** The rule set the round opened under: later steps cite it, not whatever is in force today. */
    private RuleSet ruleSetOf(RuleSetCatalog catalog) {
        return catalog.byIdAndVersion(rule.rule().ruleSetId(), rule.rule().ruleSetVersion());
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
        event.candidates().forEach(candidate -> candidates.put(candidate.registrantId().value(), candidate));
        event.voters().forEach(voter -> voters.put(voter.voterId().value(), voter));
    }

    @EventSourcingHandler
    void on(BallotCredentialsIssued event) {
        issuedCredentialHashes.addAll(event.credentialHashes());
    }

    @EventSourcingHandler
    void on(BallotCredentialReissued event) {
        issuedCredentialHashes.remove(event.voidedCredentialHash());
        issuedCredentialHashes.add(event.newCredentialHash());
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
    void on(NominationRoundClosed event) {
        closed = true;
        winners = event.results().stream().filter(result -> result.outcome() == CandidateOutcome.ELECTED)
                .map(result -> new Recipient(result.registrantId(), result.name(), result.unit())).toList();
    }
}
