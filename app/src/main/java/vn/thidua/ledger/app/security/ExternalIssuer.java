package vn.thidua.ledger.app.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import vn.thidua.ledger.events.common.Role;

/**
 * The external OIDC/JWT issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) and who
 * its subjects are here. The issuer proves <em>who</em> someone is ({@code iss} + {@code sub}: a
 * subject is unique and stable within its issuer, unlike {@code preferred_username}, which users can
 * often choose); what they may do here — roles, the unit they represent, the voter they are — is
 * granted by this ledger's configuration ({@code thidua.security.jwt.subjects}), not by claims that
 * whoever administers the issuer could set. A subject without an entry is not a user of the ledger.
 * <p>
 * The token must also name this ledger in {@code aud}
 * ({@code spring.security.oauth2.resourceserver.jwt.audiences}, mandatory with an issuer), so a
 * token the issuer made for another application is no key here.
 */
public class ExternalIssuer {

    private final String issuer;
    private final List<String> audiences;
    private final Map<String, Actor> actors = new HashMap<>();

    public ExternalIssuer(String issuer, List<String> audiences, List<SecuritySettings.Subject> subjects,
                          String ownIssuer) {
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        if (audiences.isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.audiences is required with an "
                    + "issuer: the audience (aud) the issuer puts in tokens meant for this ledger");
        }
        if (issuer.equals(ownIssuer)) {
            throw new IllegalStateException("thidua.security.token.issuer must differ from the external issuer "
                    + issuer + ": tokens are told apart by their issuer");
        }
        for (SecuritySettings.Subject subject : subjects) {
            String who = "thidua.security.jwt.subjects: '" + subject.subject() + "'";
            if (subject.subject() == null || subject.subject().isBlank()) {
                throw new IllegalStateException("thidua.security.jwt.subjects: an entry has no subject");
            }
            if (!issuer.equals(subject.issuer())) {
                throw new IllegalStateException(who + " names issuer '" + subject.issuer() + "', but the issuer is "
                        + issuer);
            }
            Roles.requireKnown(subject.roles(), who);
            boolean representative = Role.UNIT_REPRESENTATIVE.in(subject.roles());
            if (representative != hasText(subject.unitId())) {
                throw new IllegalStateException(who + ": a unit-id goes with the role UNIT_REPRESENTATIVE, and only with it");
            }
            boolean voter = Role.VOTER.in(subject.roles());
            if (voter != hasText(subject.voterId())) {
                throw new IllegalStateException(who + ": a voter-id goes with the role VOTER, and only with it");
            }
            Actor actor = new Actor(voter ? subject.voterId() : actorId(subject.issuer(), subject.subject()),
                    Set.copyOf(subject.roles()),
                    Optional.ofNullable(subject.unitId()));
            if (actors.put(subject.subject(), actor) != null) {
                throw new IllegalStateException(who + " is configured twice");
            }
        }
    }

    /**
     * The actor id of a mapped subject that is not a voter: issuer and subject together, as the audit
     * records them. A voter's actor id is their voter id, because ballots and credentials are keyed by it.
     */
    static String actorId(String issuer, String subject) {
        return subject + "@" + issuer;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    public String issuer() {
        return issuer;
    }

    /** The actor a verified token of this issuer stands for; refuses a token for another audience or an unknown subject. */
    AbstractAuthenticationToken toActor(Jwt jwt) {
        // The decoder checks the audience too when Boot built it; checked again in case it was replaced.
        if (jwt.getAudience() == null || jwt.getAudience().stream().noneMatch(audiences::contains)) {
            throw new InvalidBearerTokenException("The token is not meant for this ledger (aud)");
        }
        Actor actor = issuer.equals(jwt.getClaimAsString("iss")) ? actors.get(jwt.getSubject()) : null;
        if (actor == null) {
            throw new InvalidBearerTokenException("The token's subject is not a user of this ledger");
        }
        return new ActorAuthentication(jwt, actor);
    }
}
