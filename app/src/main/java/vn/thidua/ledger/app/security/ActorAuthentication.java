package vn.thidua.ledger.app.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A bearer token accepted here, with the {@link Actor} it stands for: decided when the token was
 * checked (from our own token's claims, or from the subject mapping of the external issuer), so
 * nothing later reads identity from claims again.
 */
public class ActorAuthentication extends JwtAuthenticationToken {

    private final transient Actor actor;

    public ActorAuthentication(Jwt jwt, Actor actor) {
        super(jwt, actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), actor.id());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
