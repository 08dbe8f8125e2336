package vn.thidua.ledger.app.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.thidua.ledger.events.common.Role;

/**
 * Who is acting: the authenticated user's id (for a voter also their council/delegate member id),
 * their roles without the {@code ROLE_} prefix, and for a unit representative the unit they act for.
 */
public record Actor(String id, Set<String> roles, Optional<String> unitId) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        unitId = Objects.requireNonNull(unitId, "unitId");
    }

    public boolean hasRole(Role role) {
        return role.in(roles);
    }

    /** True when this actor may act for the given unit: its representative (the secretariat is checked separately). */
    public boolean representsUnit(String unit) {
        return hasRole(Role.UNIT_REPRESENTATIVE) && unitId.filter(unit::equals).isPresent();
    }
}
