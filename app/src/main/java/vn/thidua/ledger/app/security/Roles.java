package vn.thidua.ledger.app.security;

import java.util.Collection;
import java.util.Set;

/**
 * Role names from DOMAIN.md ("Roles"). Authorities carry them with Spring's {@code ROLE_} prefix;
 * {@link Actor#roles()} carries them without. The public is not a role: it is anonymous access.
 */
public final class Roles {

    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String CLUSTER_HEAD = "CLUSTER_HEAD";
    public static final String UNIT_REPRESENTATIVE = "UNIT_REPRESENTATIVE";
    public static final String VOTER = "VOTER";
    public static final String AUDITOR = "AUDITOR";

    public static final Set<String> ALL = Set.of(SECRETARIAT, CLUSTER_HEAD, UNIT_REPRESENTATIVE, VOTER, AUDITOR);

    private Roles() {
    }

    /** Refuses a configuration that names a role we do not have (a typo would silently grant nothing). */
    static void requireKnown(Collection<String> roles, String who) {
        roles.forEach(role -> {
            if (!ALL.contains(role)) {
                throw new IllegalStateException(who + ": unknown role '" + role + "', expected one of " + ALL);
            }
        });
    }
}
