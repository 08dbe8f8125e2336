package vn.thidua.ledger.app.security;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A configured (HTTP Basic) user that also knows the unit it represents, if any. */
public class ActorUser extends User {

    private final String unitId;

    public ActorUser(String username, String password, Collection<? extends GrantedAuthority> authorities,
                     String unitId) {
        super(username, password, authorities);
        this.unitId = unitId;
    }

    public Optional<String> unitId() {
        return Optional.ofNullable(unitId).filter(u -> !u.isBlank());
    }
}
