package vn.thidua.ledger.command.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.thidua.ledger.command.common.Created;
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
 * the council. The secret ballot's endpoints are in {@link SecretBallotController}.
 */
@RestController
@Tag(name = "Nomination rounds")
@RequestMapping("/api/rounds")
public class RoundController extends CommandController {

    private final CampaignFacts campaigns;

    public RoundController(CommandGateway commandGateway, CampaignFacts campaigns) {
        super(commandGateway);
        this.campaigns = campaigns;
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

        List<Voter> namedVoters() {
            return voters == null ? List.of() : voters.stream().map(VoterInput::toVoter).toList();
        }
    }

    public record BallotRequest(@ValidId String voterId,
                                @NotNull @Size(max = ApiInput.MAX_ITEMS) List<@ValidId String> approved) {
    }

    /** The note is the audit reason too: why the round's ballots are not a real vote. */
    public record IllustrativeTalliesRequest(@NotBlank @Size(max = ApiInput.MAX_TEXT) String note) {
    }

    /** The answer to opening or closing a round. */
    public record RoundCreated(String roundId, String location) implements Created {
    }

    /** The answer to what is recorded for one voter of a round: a ballot, a written vote, a reissued credential. */
    public record RoundVoterCreated(String roundId, String voterId, String location) implements Created {
    }

    @Operation(summary = "Open a nomination round (mở đợt bình xét)",
            description = "Candidates come from the campaign's pledges; a COUNCIL round names its voters, a "
                    + "MEMBER_UNITS round is voted by the member units. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-cum-iv-2022-cotd","location":"/api/public/rounds/btp-cum-iv-2022-cotd"}""")))
    @PostMapping
    ResponseEntity<RoundCreated> open(@Valid @RequestBody OpenRoundRequest body) {
        Roster roster = campaigns.roster(new CampaignId(body.campaignId()), registrants(body.candidateIds()));
        send(new OpenNominationRound(new RoundId(body.roundId()), roster.campaignId(), roster.year(), body.title(),
                body.body(), roster.candidates(), VoterRoll.of(body.body(), body.namedVoters(), roster)));
        return created(new RoundCreated(body.roundId(), location(body.roundId())));
    }

    @Operation(summary = "Cast an open ballot (biểu quyết công khai)",
            description = "A voter, or a unit representative voting for its unit.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-cum-iv-2022-cotd","voterId":"dai-dien-htqt",
             "location":"/api/public/rounds/btp-cum-iv-2022-cotd"}""")))
    @PostMapping("/{roundId}/ballots")
    ResponseEntity<RoundVoterCreated> castOpenBallot(@PathVariable("roundId") @ValidId String roundId,
                                                     @Valid @RequestBody BallotRequest body) {
        send(new CastOpenBallot(new RoundId(roundId), new VoterId(body.voterId()), registrants(body.approved())));
        return created(new RoundVoterCreated(roundId, body.voterId(), location(roundId)));
    }

    @Operation(summary = "Record a written vote on behalf of a voter",
            description = "A vote cast on paper, entered by the secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-cum-iv-2022-cotd","voterId":"hd-1",
             "location":"/api/public/rounds/btp-cum-iv-2022-cotd"}""")))
    @PostMapping("/{roundId}/written-votes")
    ResponseEntity<RoundVoterCreated> recordWrittenVote(@PathVariable("roundId") @ValidId String roundId,
                                                        @Valid @RequestBody BallotRequest body) {
        send(new RecordWrittenVote(new RoundId(roundId), new VoterId(body.voterId()), registrants(body.approved())));
        return created(new RoundVoterCreated(roundId, body.voterId(), location(roundId)));
    }

    @Operation(summary = "Declare a round's tallies illustrative (công bố số phiếu minh họa)",
            description = "The round's ballots, and so the tallies of its result, are invented, not a real vote: the "
                    + "round view and page then label them \"minh họa\". Once, while the round is open, never "
                    + "withdrawn; the note is required and becomes the audit reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-cum-iv-2022-cotd","location":"/api/public/rounds/btp-cum-iv-2022-cotd"}""")))
    @PostMapping("/{roundId}/illustrative-tallies")
    ResponseEntity<RoundCreated> declareIllustrative(@PathVariable("roundId") @ValidId String roundId,
                                                     @Valid @RequestBody IllustrativeTalliesRequest body) {
        sendWithReason(new DeclareIllustrativeTallies(new RoundId(roundId), body.note()), body.note());
        return created(new RoundCreated(roundId, location(roundId)));
    }

    @Operation(summary = "Close a nomination round and tally it",
            description = "The winners are known from then on. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-cum-iv-2022-cotd","location":"/api/public/rounds/btp-cum-iv-2022-cotd"}""")))
    @PostMapping("/{roundId}/closure")
    ResponseEntity<RoundCreated> close(@PathVariable("roundId") @ValidId String roundId) {
        send(new CloseNominationRound(new RoundId(roundId)));
        return created(new RoundCreated(roundId, location(roundId)));
    }

    static List<RegistrantId> registrants(List<String> ids) {
        return ids.stream().map(RegistrantId::new).toList();
    }

    /** Where the query side shows a round and, once closed, its result. */
    public static String location(String roundId) {
        return "/api/public/rounds/" + roundId;
    }
}
