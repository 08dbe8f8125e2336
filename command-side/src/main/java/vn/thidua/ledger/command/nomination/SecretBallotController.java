package vn.thidua.ledger.command.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Created;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Bỏ phiếu kín bằng chữ ký mù: the three steps of a secret ballot (docs/secret-ballot.md). A voter
 * signed in gets a blind signature on a token the server never sees; later, without signing in,
 * anyone holding a token and its signature casts one ballot. The secretariat may allow a voter who
 * lost their token one more signature, and records absent members' sealed written ballots. Answers that carry a signature are never cached.
 */
@RestController
@Tag(name = "Nomination rounds")
@RequestMapping("/api/rounds/{roundId}")
public class SecretBallotController extends CommandController {

    /** base64url without padding; 1400 characters hold an 8192-bit number. */
    private static final String BASE64URL = "[A-Za-z0-9_-]+";
    private static final int MAX_NUMBER = 1400;

    public SecretBallotController(CommandGateway commandGateway) {
        super(commandGateway);
    }

    // The toString()s mask what Spring's request and response logging (DEBUG) would otherwise print next to the caller.

    public record BlindSignatureRequest(@ValidId String voterId,
                                        @NotBlank @Size(max = MAX_NUMBER) @Pattern(regexp = BASE64URL) String blindedMessage) {
        @Override
        public String toString() {
            return "BlindSignatureRequest[voterId=" + voterId + ", blindedMessage=***]";
        }
    }

    public record BlindSignatureAnswer(String roundId, String voterId, String blindSignature) {
        @Override
        public String toString() {
            return "BlindSignatureAnswer[roundId=" + roundId + ", voterId=" + voterId + ", blindSignature=***]";
        }
    }

    public record SignatureReissueRequest(@ValidId String voterId, @NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    public record SecretBallotRequest(@NotBlank @Size(max = 64) @Pattern(regexp = BASE64URL) String token,
                                      @NotBlank @Size(max = MAX_NUMBER) @Pattern(regexp = BASE64URL) String signature,
                                      @NotNull @Size(max = ApiInput.MAX_ITEMS) List<@ValidId String> approved) {
        @Override
        public String toString() {
            return "SecretBallotRequest[token=***, signature=***, approved=" + approved + "]";
        }
    }

    public record SecretBallotAnswer(String roundId, String receipt, String location) implements Created {
    }

    /**
     * Xin chữ ký mù. The voter (or a member unit's representative) names itself; the aggregate checks
     * that the caller is that voter. The same blinded message is answered again with the same
     * signature, so a lost answer costs nothing; Idempotency-Key is ignored here.
     */
    @Operation(summary = "Get the round's blind signature on a blinded token (xin chữ ký mù)",
            description = "RFC 9474 (RSABSSA-SHA384-PSS-Deterministic) with the round's public key "
                    + "(GET /api/public/rounds/{roundId}, `ballotKey`). Once per voter; the same blinded message is "
                    + "signed again, another is refused unless the secretariat allowed a reissue. The round records "
                    + "that the voter got a signature, never what was signed. Never cached.")
    @ApiResponse(responseCode = "200", description = "The blind signature, to unblind with the blinding factor",
            content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2022-cstd","voterId":"bieu-quyet-1","blindSignature":"hV3b…(342 characters)"}""")))
    @PostMapping("/blind-signatures")
    ResponseEntity<BlindSignatureAnswer> blindSignature(@PathVariable("roundId") @ValidId String roundId,
                                                        @Valid @RequestBody BlindSignatureRequest body) {
        String signature = sendForResult(new RequestBlindSignature(new RoundId(roundId),
                new VoterId(body.voterId()), body.blindedMessage()));
        return uncached(ResponseEntity.ok(new BlindSignatureAnswer(roundId, body.voterId(), signature)));
    }

    @Operation(summary = "Allow a voter one more blind signature (cho phép ký lại)",
            description = "For a voter who lost their signed token. The round cannot tell whether the lost token "
                    + "voted; the grant is recorded with the voter and the reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2022-cstd","voterId":"bieu-quyet-1",
             "location":"/api/public/rounds/btp-hdtdkt-2022-cstd"}""")))
    @PostMapping("/signature-reissues")
    ResponseEntity<RoundController.RoundVoterCreated> reissue(@PathVariable("roundId") @ValidId String roundId,
                                          @Valid @RequestBody SignatureReissueRequest body) {
        sendWithReason(new ReissueBlindSignature(new RoundId(roundId), new VoterId(body.voterId()), body.reason()),
                body.reason());
        return created(new RoundController.RoundVoterCreated(roundId, body.voterId(), RoundController.location(roundId)));
    }

    @Operation(summary = "Open the ballot box of a secret round (mở hòm phiếu)",
            description = "Ends the signing phase: from now on voters cast their signed tokens, and no blind "
                    + "signature is issued, so every signature precedes every ballot in the history. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2022-cstd","location":"/api/public/rounds/btp-hdtdkt-2022-cstd"}""")))
    @PostMapping("/ballot-box")
    ResponseEntity<RoundController.RoundCreated> openBallotBox(@PathVariable("roundId") @ValidId String roundId) {
        send(new OpenBallotBox(new RoundId(roundId)));
        return created(new RoundController.RoundCreated(roundId, RoundController.location(roundId)));
    }

    public record SealedWrittenVoteRequest(@ValidId String voterId) {
    }

    public record SealedBallotRequest(@NotNull @Size(max = ApiInput.MAX_ITEMS) List<@ValidId String> approved) {
    }

    @Operation(summary = "Record that an absent member's sealed written ballot arrived (nhận phiếu bầu kín bằng văn bản)",
            description = "R7: absent members vote in writing. During the signing phase; it takes the place of the "
                    + "member's blind signature. Its choices are entered only once the ballot box is open, without the "
                    + "member (POST …/sealed-written-votes/counted). Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2022-cstd","voterId":"bieu-quyet-3",
             "location":"/api/public/rounds/btp-hdtdkt-2022-cstd"}""")))
    @PostMapping("/sealed-written-votes")
    ResponseEntity<RoundController.RoundVoterCreated> receiveSealedWrittenVote(
            @PathVariable("roundId") @ValidId String roundId, @Valid @RequestBody SealedWrittenVoteRequest body) {
        send(new ReceiveSealedWrittenVote(new RoundId(roundId), new VoterId(body.voterId()), null));
        return created(new RoundController.RoundVoterCreated(roundId, body.voterId(), RoundController.location(roundId)));
    }

    @Operation(summary = "Count one sealed written ballot from the open ballot box (mở phiếu bầu kín bằng văn bản)",
            description = "Its choices, without its sender; published at the close under the receipt answered, like "
                    + "every secret ballot. No more than were received. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2022-cstd",
             "receipt":"0b6f0b0f3fd0a3b9d6d1c1a0c0f4b1e3a3f0b2d1c4e5f6a7b8c9d0e1f2a3b4c5",
             "location":"/api/public/rounds/btp-hdtdkt-2022-cstd/ballots/0b6f0b0f3fd0a3b9d6d1c1a0c0f4b1e3a3f0b2d1c4e5f6a7b8c9d0e1f2a3b4c5"}""")))
    @PostMapping("/sealed-written-votes/counted")
    ResponseEntity<SecretBallotAnswer> countSealedWrittenVote(@PathVariable("roundId") @ValidId String roundId,
                                                              @Valid @RequestBody SealedBallotRequest body) {
        String receipt = sendForResult(new CountSealedWrittenVote(new RoundId(roundId),
                RoundController.registrants(body.approved())));
        return created(new SecretBallotAnswer(roundId, receipt, RoundController.location(roundId) + "/ballots/" + receipt));
    }

    /**
     * Bỏ phiếu kín: sent without identity (docs/secret-ballot.md); the answer's Location is the
     * receipt's public address, which shows the ballot once the round has closed.
     */
    @Operation(summary = "Cast a secret ballot (bỏ phiếu kín)",
            description = "Sent without sign-in: the token and the round's signature on it are the proof, and "
                    + "nothing links the sender to the ballot (docs/secret-ballot.md). The receipt is "
                    + "SHA-256(\"thidua-ballot-receipt:\" + token) in hex; Location is where the voter checks the "
                    + "ballot, published when the round closes.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"roundId":"btp-hdtdkt-2022-cstd",
             "receipt":"ae3cf882c6317d338de4c42653391159a0b74fce04e51500d84c957210410e33",
             "location":"/api/public/rounds/btp-hdtdkt-2022-cstd/ballots/ae3cf882c6317d338de4c42653391159a0b74fce04e51500d84c957210410e33"}""")))
    @PostMapping("/secret-ballots")
    ResponseEntity<SecretBallotAnswer> cast(@PathVariable("roundId") @ValidId String roundId,
                                            @Valid @RequestBody SecretBallotRequest body) {
        sendAnonymously(new CastSecretBallot(new RoundId(roundId), body.token(), body.signature(),
                RoundController.registrants(body.approved())));
        String receipt = BallotHashes.receipt(body.token());
        return uncached(created(new SecretBallotAnswer(roundId, receipt,
                RoundController.location(roundId) + "/ballots/" + receipt)));
    }
}
