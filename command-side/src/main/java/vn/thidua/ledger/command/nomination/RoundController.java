package vn.thidua.ledger.command.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.campaign.Roster;
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.UnitInput;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Đợt bình xét: open a round, vote (open, written, secret), close it. Candidates and their pledged
 * titles (R1), the year and, for member-unit rounds, the voters come from the campaign aggregate
 * ({@link CampaignFacts}); the council's members are the secretariat's input, as no aggregate holds
 * the council.
 */
@RestController
@RequestMapping("/api/rounds")
public class RoundController extends CommandController {

    private final CampaignFacts campaigns;
    private final BallotCredentialMailbox mailbox;

    public RoundController(CommandGateway commandGateway, CampaignFacts campaigns, BallotCredentialMailbox mailbox) {
        super(commandGateway);
        this.campaigns = campaigns;
        this.mailbox = mailbox;
    }

    public record VoterInput(@ValidId String voterId, @NotBlank @Size(max = ApiInput.MAX_NAME) String name,
                             @NotNull @Valid UnitInput unit) {

        Voter toVoter() {
            return new Voter(new VoterId(voterId), name, unit.toUnitRef());
        }
    }

    /** {@code voters} only for a COUNCIL round; a MEMBER_UNITS round is voted by the campaign's members. */
    public record OpenRoundRequest(@ValidId String roundId, @ValidId String campaignId, @NotNull Title title,
                                   @NotNull VotingBody body,
                                   @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@ValidId String> candidateIds,
                                   @Size(max = ApiInput.MAX_ITEMS) List<@NotNull @Valid VoterInput> voters) {
    }

    public record BallotRequest(@ValidId String voterId,
                                @NotNull @Size(max = ApiInput.MAX_ITEMS) List<@ValidId String> approved) {
    }

    public record SecretBallotRequest(@NotBlank @Size(max = 200) String credential,
                                      @NotNull @Size(max = ApiInput.MAX_ITEMS) List<@ValidId String> approved) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> open(@Valid @RequestBody OpenRoundRequest body) {
        Roster roster = campaigns.roster(new CampaignId(body.campaignId()), registrants(body.candidateIds()));
        send(new OpenNominationRound(new RoundId(body.roundId()), roster.campaignId(), roster.year(), body.title(),
                body.body(), roster.candidates(), voters(body, roster)));
        return created(location(body.roundId()), "roundId", body.roundId());
    }

    private static List<Voter> voters(OpenRoundRequest request, Roster roster) {
        boolean given = request.voters() != null && !request.voters().isEmpty();
        if (request.body() == VotingBody.MEMBER_UNITS) {
            if (given) {
                throw new DomainRejection(ErrorCode.INVALID_INPUT,
                        "a MEMBER_UNITS round is voted by the campaign's member units: leave voters out");
            }
            return roster.memberUnits();
        }
        if (!given) {
            throw new DomainRejection(ErrorCode.INVALID_INPUT, "a COUNCIL round needs the council members as voters");
        }
        return request.voters().stream().map(VoterInput::toVoter).toList();
    }

    @PostMapping("/{roundId}/ballots")
    ResponseEntity<Map<String, Object>> castOpenBallot(@PathVariable("roundId") @ValidId String roundId,
                                                      @Valid @RequestBody BallotRequest body) {
        send(new CastOpenBallot(new RoundId(roundId), new VoterId(body.voterId()), registrants(body.approved())));
        return created(location(roundId), "roundId", roundId, "voterId", body.voterId());
    }

    @PostMapping("/{roundId}/written-votes")
    ResponseEntity<Map<String, Object>> recordWrittenVote(@PathVariable("roundId") @ValidId String roundId,
                                                         @Valid @RequestBody BallotRequest body) {
        send(new RecordWrittenVote(new RoundId(roundId), new VoterId(body.voterId()), registrants(body.approved())));
        return created(location(roundId), "roundId", roundId, "voterId", body.voterId());
    }

    public record ReissueRequest(@ValidId String voterId, @NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    /**
     * Nhận phiếu bầu: the caller's credential. The caller is the voter (principal = voter id). A POST,
     * not a GET: collecting starts the re-fetch window, which a prefetch or a crawler must not do;
     * within the window the same voter may collect again (a lost response), never anyone else.
     */
    @PostMapping("/{roundId}/my-credential")
    ResponseEntity<Map<String, Object>> collectCredential(@PathVariable("roundId") @ValidId String roundId,
                                                         Principal caller) {
        RoundId round = new RoundId(roundId);
        DomainRejection none = new DomainRejection(ErrorCode.NO_CREDENTIAL_WAITING, "no ballot credential is waiting for "
                + caller.getName() + " in round " + round + ": its collection window is over (ask the secretariat to"
                + " reissue it), or you are not a voter of it");
        if (!caller.getName().matches(ApiInput.ID)) {
            throw none; // e.g. a JWT subject that cannot be a voter id
        }
        VoterId voter = new VoterId(caller.getName());
        String credential = mailbox.collect(round, voter).orElseThrow(() -> none);
        return uncached(ResponseEntity.ok(Map.of("roundId", roundId, "voterId", voter.value(), "credential",
                credential)));
    }

    /** Cấp lại phiếu: the secretariat voids a voter's unused credential; the new one waits in the mailbox. */
    @PostMapping("/{roundId}/credential-reissues")
    ResponseEntity<Map<String, Object>> reissueCredential(@PathVariable("roundId") @ValidId String roundId,
                                                         @Valid @RequestBody ReissueRequest body) {
        sendWithReason(new ReissueBallotCredential(new RoundId(roundId), new VoterId(body.voterId()), body.reason()),
                body.reason());
        return created(location(roundId), "roundId", roundId, "voterId", body.voterId());
    }

    /**
     * Bỏ phiếu kín: sent without identity (see docs/secret-ballot.md); the answer carries the
     * receipt by which the voter finds their ballot in the published list.
     */
    @PostMapping("/{roundId}/secret-ballots")
    ResponseEntity<Map<String, Object>> castSecretBallot(@PathVariable("roundId") @ValidId String roundId,
                                                        @Valid @RequestBody SecretBallotRequest body) {
        sendAnonymously(new CastSecretBallot(new RoundId(roundId), body.credential(), registrants(body.approved())));
        String receipt = BallotHashes.receipt(body.credential());
        return uncached(created(location(roundId) + "/ballots/" + receipt, "roundId", roundId, "receipt", receipt));
    }

    @PostMapping("/{roundId}/closure")
    ResponseEntity<Map<String, Object>> close(@PathVariable("roundId") @ValidId String roundId) {
        send(new CloseNominationRound(new RoundId(roundId)));
        return created(location(roundId), "roundId", roundId);
    }

    private static List<RegistrantId> registrants(List<String> ids) {
        return ids.stream().map(RegistrantId::new).toList();
    }

    /** Where the query side shows a round and, once closed, its result. */
    public static String location(String roundId) {
        return "/api/public/rounds/" + roundId;
    }
}
