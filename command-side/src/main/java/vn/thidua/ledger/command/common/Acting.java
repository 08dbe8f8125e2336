package vn.thidua.ledger.command.common;

import java.util.List;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Who may act for whom, decided from the command's audit metadata ({@code principal}, {@code roles},
 * {@code unitId}, stamped by the API from the authenticated caller). The URL rules only know the
 * caller's role; which unit or voter a command is about is known here, next to the state. A command
 * without that metadata is refused: the checks fail closed.
 */
public final class Acting {

    /** Metadata keys, as the API stamps them (the app's {@code AuditMetaData}); handlers read them with {@code @MetaDataValue}. */
    public static final String PRINCIPAL = "principal";
    public static final String ROLES = "roles";
    public static final String UNIT_ID = "unitId";

    /** Role names as the metadata carries them (the app's {@code Roles}, which this module cannot import). */
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String UNIT_REPRESENTATIVE = "UNIT_REPRESENTATIVE";
    public static final String VOTER = "VOTER";

    private Acting() {
    }

    /** The secretariat acts for any unit; a unit representative only for its own unit; nobody else at all. */
    public static void requireActsFor(UnitId unit, List<String> roles, String actorUnitId) {
        if (has(roles, SECRETARIAT) || (has(roles, UNIT_REPRESENTATIVE) && unit.value().equals(actorUnitId))) {
            return;
        }
        throw new DomainRejection(ErrorCode.NOT_ACTING_FOR_UNIT, "you may not act for unit " + unit
                + ": a unit representative acts only for its own unit");
    }

    /**
     * An open ballot is a personal act: cast by the voter (principal = voter id, with the VOTER role:
     * a name alone is no mandate), or, where the voters are member units, by the representative of that unit. Nobody votes on another's behalf;
     * absent members' votes are recorded by the secretariat as written votes instead.
     */
    public static void requireIsVoter(VoterId voter, String principal, List<String> roles, String actorUnitId) {
        boolean themself = has(roles, VOTER) && voter.value().equals(principal);
        boolean theirUnit = has(roles, UNIT_REPRESENTATIVE) && voter.value().equals(actorUnitId);
        if (!themself && !theirUnit) {
            throw new DomainRejection(ErrorCode.NOT_THE_VOTER, "a ballot of " + voter
                    + " can only be cast by that voter");
        }
    }

    public static boolean isSecretariat(List<String> roles) {
        return has(roles, SECRETARIAT);
    }

    private static boolean has(List<String> roles, String role) {
        return roles != null && roles.contains(role);
    }
}
