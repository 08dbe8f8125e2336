package vn.thidua.ledger.app.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Users from {@code thidua.security.users}. Returns a fresh {@link ActorUser} on every lookup
 * because Spring Security erases the password of the returned object after authentication.
 */
public class ConfiguredUserDetailsService implements UserDetailsService {

    private final Map<String, SecuritySettings.User> users;

    public ConfiguredUserDetailsService(List<SecuritySettings.User> users) {
        for (SecuritySettings.User user : users) {
            if (user.password() == null || !user.password().startsWith("{")) {
                // Refuse plaintext: every configured password names its encoder, e.g. {bcrypt}.
                throw new IllegalStateException("thidua.security.users: password of '" + user.username()
                        + "' must be encoded with an {id} prefix such as {bcrypt}");
            }
            user.roles().forEach(role -> {
                if (!Roles.ALL.contains(role)) {
                    throw new IllegalStateException("thidua.security.users: unknown role '" + role + "' for '"
                            + user.username() + "', expected one of " + Roles.ALL);
                }
            });
            if (user.roles().contains(Roles.UNIT_REPRESENTATIVE) && (user.unitId() == null || user.unitId().isBlank())) {
                throw new IllegalStateException("thidua.security.users: unit representative '" + user.username()
                        + "' needs a unit-id");
            }
        }
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(SecuritySettings.User::username,
                Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        SecuritySettings.User user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No such user");
        }
        return new ActorUser(user.username(), user.password(),
                user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(), user.unitId());
    }
}
