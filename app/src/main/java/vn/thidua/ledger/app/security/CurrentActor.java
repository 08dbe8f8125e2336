package vn.thidua.ledger.app.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link Actor} of the current request, from the SecurityContext, whichever way (HTTP Basic or a
 * bearer token) it authenticated. Controllers use this instead of touching Spring Security types.
 */
@Component
public class CurrentActor {

    /** The authenticated actor, or empty for anonymous (public) requests. */
    public Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth instanceof ActorAuthentication bearer) {
            return Optional.of(bearer.actor());
        }
        Optional<String> unit = auth.getPrincipal() instanceof ActorUser user ? user.unitId() : Optional.empty();
        return Optional.of(new Actor(auth.getName(), roles(auth), unit));
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
}
