package vn.thidua.ledger.command.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.command.council.CouncilFacts;
import vn.thidua.ledger.command.council.CouncilRoster;
import vn.thidua.ledger.command.record.Nominee;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.command.record.Standings;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.CandidateApprovals;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Đợt bình xét: open a round, vote (open, written, secret), close it. Candidates and their pledged
 * titles (R1), the year and, for member-unit rounds, the voters come from the campaign aggregate
 * ({@link CampaignFacts}); a council round's voters and the council's own threshold come from the council
 * aggregate, as its roster stood on the round's date, today ({@link CouncilFacts}); the candidates' records of the
 * year (R2–R5) from the record aggregates ({@link RecordFacts}); the rule-set version the campaign chose from the
 * campaign too. The secret ballot's endpoints are in
 * {@link SecretBallotController}.
 */
@RestController
@Tag(name = "Nomination rounds")
@RequestMapping("/api/rounds")
public class RoundController extends CommandController {

    private final CampaignFacts campaigns;
    private final CouncilFacts councils;
    private final RecordFacts records;
    private final Clock clock;

    public RoundController(CommandGateway commandGateway, CampaignFacts campaigns, CouncilFacts councils,
                           RecordFacts records, Clock clock) {
        super(commandGateway);
        this.campaigns = campaigns;
        this.councils = councils;
        this.records = records;
        this.clock = clock;
    }

    /** {@code councilId} only for a COUNCIL round, which its roster on the round's date votes. */
    public record OpenRoundRequest(@ValidId String roundId, @ValidId String campaignId, @NotNull Title title,
                                   @NotNull VotingBody body,
                                   @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@ValidId String> candidateIds,
                                   @Pattern(regexp = ApiInput.ID, message = ApiInput.ID_MESSAGE) String councilId) {
    }

    public record BallotRequest(@ValidId String voterId,
                                @NotNull @Size(max = ApiInput.MAX_ITEMS) List<@ValidId String> approved) {
    }

    public record ApprovalsInput(@ValidId String candidateId, @NotNull @PositiveOrZero Integer approvals) {

        CandidateApprovals toApprovals() {
            return new CandidateApprovals(new RegistrantId(candidateId), approvals);
        }
    }

    /** Biên bản kiểm phiếu: the counters and the figures of the minutes. */
    public record PaperTallyRequest(@NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS)
                                    List<@NotBlank @Size(max = ApiInput.MAX_NAME) String> counters,
                                    @NotNull @PositiveOrZero Integer ballotsIssued,
                                    @NotNull @PositiveOrZero Integer ballotsReturned,
                                    @NotNull @PositiveOrZero Integer ballotsValid,
                                    @NotNull @PositiveOrZero Integer ballotsInvalid,
                                    @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS)
                                    List<@NotNull @Valid ApprovalsInput> approvals) {
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
            description = "Candidates come from the campaign's pledges; a COUNCIL round names its council "
                    + "(councilId) and is voted by the council's roster of today, which is its total membership; a "
                    + "MEMBER_UNITS round is voted by the member units. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-cum-iv-2022-cotd","location":"/api/public/rounds/btp-cum-iv-2022-cotd"}""")))
    @PostMapping
    ResponseEntity<RoundCreated> open(@Valid @RequestBody OpenRoundRequest body) {
        Roster roster = campaigns.roster(new CampaignId(body.campaignId()), registrants(body.candidateIds()));
        CouncilRoster council = body.councilId() == null ? null
                : councils.rosterOn(new CouncilId(body.councilId()), LocalDate.now(clock));
        Standings standings = records.forTitle(body.title(), roster.year(),
                roster.candidates().stream().map(Nominee::of).toList(), roster.recordsRequired());
        send(new OpenNominationRound(new RoundId(body.roundId()), roster.campaignId(), roster.year(), body.title(),
                body.body(), roster.candidates(), VoterRoll.of(body.body(), roster), council, null, standings,
                roster.ruleVersion()));
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

    @Operation(summary = "Record the counting minutes of a secret round voted on paper (biên bản kiểm phiếu)",
            description = "Instead of blind-signed ballots: the vote counters, ballots issued, returned, valid and "
                    + "invalid, and each candidate's approvals; the close computes the result from them. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2024-cstd-co-so","location":"/api/public/rounds/btp-hdtdkt-2024-cstd-co-so"}""")))
    @PostMapping("/{roundId}/paper-tally")
    ResponseEntity<RoundCreated> recordPaperTally(@PathVariable("roundId") @ValidId String roundId,
                                                  @Valid @RequestBody PaperTallyRequest body) {
        send(new RecordPaperTally(new RoundId(roundId), body.counters(), body.ballotsIssued(), body.ballotsReturned(),
                body.ballotsValid(), body.ballotsInvalid(), body.approvals().stream().map(ApprovalsInput::toApprovals)
                .toList(), null));
        return created(new RoundCreated(roundId, location(roundId)));
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
