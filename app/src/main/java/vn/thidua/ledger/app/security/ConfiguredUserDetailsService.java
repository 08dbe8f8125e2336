package vn.thidua.ledger.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.thidua.ledger.events.common.Role;

/**
 * The HTTP Basic users of this node ({@link NodeUsers}). Returns a fresh {@link ActorUser} on every
 * lookup because Spring Security erases the password of the returned object after authentication.
 */
public class ConfiguredUserDetailsService implements UserDetailsService {

    /**
     * Password encodings accepted: slow, salted hashes only. {@code {noop}} is plaintext under another
     * name, and the MD4/MD5/SHA ids of Spring's delegating encoder are fast unsalted-style digests.
     */
    static final Set<String> ACCEPTED_ENCODINGS = Set.of("bcrypt", "argon2", "argon2@SpringSecurity_v5_8", "pbkdf2",
            "pbkdf2@SpringSecurity_v5_8", "scrypt", "scrypt@SpringSecurity_v5_8");

    private final Map<String, SecuritySettings.User> users;

    public ConfiguredUserDetailsService(List<SecuritySettings.User> users) {
        Map<String, SecuritySettings.User> byName = new LinkedHashMap<>();
        for (SecuritySettings.User user : users) {
            requireStrongHash(user);
            Roles.requireKnown(user.roles(), "thidua.security.users: '" + user.username() + "'");
            if (Role.UNIT_REPRESENTATIVE.in(user.roles()) && (user.unitId() == null || user.unitId().isBlank())) {
                throw new IllegalStateException("thidua.security.users: unit representative '" + user.username()
                        + "' needs a unit-id");
            }
            if (byName.put(user.username(), user) != null) {
                throw new IllegalStateException("thidua.security.users: '" + user.username()
                        + "' is configured twice (a demo user's name?)");
            }
        }
        this.users = Map.copyOf(byName);
    }

    private static void requireStrongHash(SecuritySettings.User user) {
        String password = user.password() == null ? "" : user.password().strip();
        int end = password.indexOf('}');
        String encoding = password.startsWith("{") && end > 0 ? password.substring(1, end) : null;
        if (encoding == null || !ACCEPTED_ENCODINGS.contains(encoding)) {
            // Refuse plaintext and its {noop} alias: every password is stored as a slow salted hash.
            throw new IllegalStateException("thidua.security.users: password of '" + user.username()
                    + "' must be a hash with its encoder prefix, one of {bcrypt}, {argon2}, {pbkdf2}, {scrypt}"
                    + (encoding == null ? " (plaintext is refused)" : "; {" + encoding + "} is refused"));
        }
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
