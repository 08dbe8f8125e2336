package vn.thidua.ledger.app.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.eventstore.IntegrityCheckpoint;
import vn.thidua.ledger.eventstore.IntegrityReport;
import vn.thidua.ledger.eventstore.IntegrityVerifier;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/**
 * Tamper evidence over HTTP (docs/integrity.md): auditors verify the stored history, anyone fetches the latest
 * signed checkpoint to keep a copy. URL rules: {@code GET /api/audit/**} (AUDITOR, SECRETARIAT) and
 * {@code GET /api/public/**} (anyone).
 */
@RestController
@Tag(name = "Integrity (toàn vẹn lịch sử)",
     description = "Hash-chained commits and signed checkpoints: verify the history, publish its sealed head")
class IntegrityController {

    private static final String REPORT_EXAMPLE = """
            {"from":1,"to":1200,"intact":false,"verifiedTo":41,"checkedCommits":41,"checkedEvents":41,
             "legacyCommits":0,"unchainedBefore":null,"sealedTo":1100,"checkpointsChecked":3,
             "breach":{"position":42,"check":"HASH","detail":"the commit's content does not match its hash (edited)"}}""";
    private static final String HEAD_EXAMPLE = """
            {"number":3,"from":801,"to":1100,"digest":"5d1c…e9","previousHash":"a04f…17",
             "sealedAt":"2026-11-29T19:40:00Z","publicKey":"MCowBQYDK2VwAyEA…","hash":"c3b2…0a","signature":"Qm9…=="}""";

    private final IntegrityVerifier verifier;

    IntegrityController(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/integrity")
    @Operation(summary = "Verify the stored history against its hash chain and signed checkpoints",
               description = "Synchronous; streams through the store in windows of global indexes. Reports the first "
                       + "global index where a check fails (HASH, LINK, ORDER, MISSING, OVERLAP, UNCHAINED, "
                       + "CHECKPOINT_DIGEST, CHECKPOINT_SIGNATURE, CHECKPOINT_LINK), how many commits were checked, "
                       + "and up to where the history is unchained (written before the chain) or unsettled.",
               responses = {
                       @ApiResponse(responseCode = "200", description = "The report (intact or not)",
                                    content = @Content(examples = @ExampleObject(value = REPORT_EXAMPLE))),
                       @ApiResponse(responseCode = "400", description = "from/to not a range of global indexes: VALIDATION_FAILED"),
                       @ApiResponse(responseCode = "401", description = "Not signed in"),
                       @ApiResponse(responseCode = "403", description = "Neither AUDITOR nor SECRETARIAT")})
    IntegrityReport verify(
            @Parameter(description = "First global index (default 1)", example = "1")
            @RequestParam(required = false) Long from,
            @Parameter(description = "Last global index (default: the end of the stored history)", example = "1200")
            @RequestParam(required = false) Long to) {
        if ((from != null && from < 1) || (to != null && to < 1) || (from != null && to != null && from > to)) {
            throw new InvalidIntegrityRange("from and to are global indexes from 1 on, with from <= to");
        }
        return verifier.verify(from, to);
    }

    @GetMapping("/api/public/integrity/head")
    @Operation(summary = "The latest signed checkpoint of the history",
               description = "Keep copies: a later checkpoint must descend from it (previousHash), and the history "
                       + "up to its 'to' must still digest to its 'digest'. Ed25519 signature over 'hash', public key "
                       + "X.509 DER in base64.",
               responses = {
                       @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = HEAD_EXAMPLE))),
                       @ApiResponse(responseCode = "404", description = "Nothing sealed yet: NOT_FOUND")})
    IntegrityCheckpoint head() {
        return verifier.head().orElseThrow(() -> new ViewNotFoundException("No checkpoint has been sealed yet."));
    }
}
