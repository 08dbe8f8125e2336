package vn.thidua.ledger.app.security;

import java.util.Collection;
import vn.thidua.ledger.events.common.Role;

/** Checks of configured role names against the one vocabulary, {@link Role}. */
final class Roles {

    private Roles() {
    }

    /** Refuses a configuration that names a role we do not have (a typo would silently grant nothing). */
    static void requireKnown(Collection<String> roles, String who) {
        roles.forEach(role -> {
            if (!Role.NAMES.contains(role)) {
                throw new IllegalStateException(who + ": unknown role '" + role + "', expected one of " + Role.NAMES);
            }
        });
    }
}
