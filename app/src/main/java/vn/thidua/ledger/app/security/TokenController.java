package vn.thidua.ledger.app.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/token}: trades HTTP Basic credentials for a short-lived bearer token
 * ({@link LedgerTokens}), so a client pays one bcrypt per token instead of one per request. Only a
 * password login gets a token: a token cannot be renewed with itself, so a stolen one dies on time.
 */
@RestController
@Tag(name = "Authentication")
public class TokenController {

    private final LedgerTokens tokens;

    public TokenController(LedgerTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/auth/token")
    @Operation(summary = "A bearer token for the user of the HTTP Basic credentials",
            description = "Send the token as `Authorization: Bearer <access_token>` until `expires_in` seconds have "
                    + "passed, then ask again. It carries the user's roles and unit as they are now.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The token")
    @ApiResponse(responseCode = "401", description = "No, wrong or non-Basic credentials (UNAUTHENTICATED)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Too many failed logins (TOO_MANY_FAILED_LOGINS); see Retry-After",
            content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<TokenResponse> token(Authentication authentication) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getPrincipal() instanceof ActorUser user)) {
            throw new InsufficientAuthenticationException("A token is issued for HTTP Basic credentials only");
        }
        LedgerTokens.Issued issued = tokens.issue(user);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds()));
    }

    /** The OAuth 2.0 token response members (RFC 6749, section 5.1). */
    @Schema(name = "TokenResponse")
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("token_type") String tokenType,
                                @JsonProperty("expires_in") long expiresIn) {
    }
}
