package vn.thidua.ledger.app.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The {@link Actor} of the current request, from the SecurityContext, whichever way (HTTP Basic
 * or JWT) it authenticated. Controllers use this instead of touching Spring Security types.
 */
@Component
public class CurrentActor {

    /** The authenticated actor, or empty for anonymous (public) requests. */
    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(new Actor(auth.getName(), roles(auth), unitId(auth)));
    }

    /** The authenticated actor; an unauthenticated call is answered 401 by the exception advice. */
    public Actor require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not authenticated"));
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<String> unitId(Authentication auth) {
        if (auth.getPrincipal() instanceof ActorUser user) {
            return user.unitId();
        }
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Optional.ofNullable(jwt.getToken().getClaimAsString(JwtActorConverter.UNIT_CLAIM))
                    .filter(u -> !u.isBlank());
        }
        return Optional.empty();
    }
}
