package vn.thidua.ledger.app.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps an OIDC issuer's JWT to our roles: claim {@code roles} (a list, or a space/comma separated
 * string) gives the roles, claim {@code unit_id} the represented unit (read by {@link CurrentActor}),
 * {@code preferred_username} (else {@code sub}) the actor id. Unknown role names are dropped so an
 * issuer's unrelated roles grant nothing here.
 */
public class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLES_CLAIM = "roles";
    public static final String UNIT_CLAIM = "unit_id";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities(jwt.getClaim(ROLES_CLAIM)), name);
    }

    static Collection<GrantedAuthority> authorities(Object claim) {
        Stream<String> names;
        if (claim instanceof Collection<?> list) {
            names = list.stream().map(String::valueOf);
        } else if (claim instanceof String s) {
            names = Stream.of(s.split("[\\s,]+"));
        } else {
            names = Stream.empty();
        }
        List<GrantedAuthority> authorities = names.map(String::trim)
                .map(n -> n.startsWith("ROLE_") ? n.substring(5) : n)
                .filter(Roles.ALL::contains)
                .distinct()
                .<GrantedAuthority>map(n -> new SimpleGrantedAuthority("ROLE_" + n))
                .toList();
        return authorities;
    }
}
