package vn.thidua.ledger.app.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.security.*} (docs/security.md).
 *
 * @param users                              HTTP Basic users, each with a username, an encoded password
 *                                           ({@code {bcrypt}...}), roles (names from {@link vn.thidua.ledger.events.common.Role}) and, for
 *                                           a unit representative, the unit id it acts for
 * @param allowDemoCredentialsOnANonDemoStore lets a node on a real store (MONGODB_URI, a JWT issuer) start
 *                                           with the public demo passwords: for a staging copy, never for
 *                                           real data
 * @param token                              the ledger's own bearer tokens ({@code POST /api/auth/token})
 * @param loginThrottle                      how many failed logins are allowed before 429
 * @param jwt                                who the subjects of the external issuer's tokens are here
 */
@ConfigurationProperties("thidua.security")
public record SecuritySettings(@DefaultValue List<User> users,
                               boolean allowDemoCredentialsOnANonDemoStore,
                               @DefaultValue Token token,
                               @DefaultValue LoginThrottle loginThrottle,
                               @DefaultValue Jwt jwt) {

    public record User(String username, String password, @DefaultValue List<String> roles, String unitId) {
    }

    /**
     * @param signingKey Base64 of at least 32 bytes (HMAC-SHA256); blank: a random key per start, which
     *                   only this node knows
     */
    public record Token(@DefaultValue("thidua-ledger") String issuer, @DefaultValue("thidua-ledger") String audience,
                        @DefaultValue("PT15M") Duration lifetime, String signingKey) {
    }

    public record LoginThrottle(@DefaultValue Limit perUser, @DefaultValue Limit perAddress,
                                @DefaultValue("10000") int trackedKeys) {
    }

    /** {@code failures} allowed at once, regained evenly over {@code period}. */
    public record Limit(@DefaultValue("10") int failures, @DefaultValue("PT15M") Duration period) {
    }

    public record Jwt(@DefaultValue List<Subject> subjects) {
    }

    /**
     * One person of the external issuer: the token's {@code iss} and {@code sub} name them, this
     * entry gives what they are here. A subject without an entry is not a user of the ledger.
     *
     * @param voterId the council/delegate member id they vote as (VOTER); it is also their actor id
     */
    public record Subject(String issuer, String subject, @DefaultValue List<String> roles, String unitId,
                          String voterId) {
    }
}
