package vn.thidua.ledger.command.common;

import java.util.List;
import vn.thidua.ledger.events.common.Role;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Who may act for whom, decided from the command's audit metadata ({@code principal}, {@code roles},
 * {@code unitId}: {@link vn.thidua.ledger.events.common.MetaDataKeys}, stamped by the API from the
 * authenticated caller). The URL rules only know the
 * caller's role; which unit or voter a command is about is known here, next to the state. A command
 * without that metadata is refused: the checks fail closed.
 */
public final class Acting {

    private Acting() {
    }

    /** The secretariat acts for any unit; a unit representative only for its own unit; nobody else at all. */
    public static void requireActsFor(UnitId unit, List<String> roles, String actorUnitId) {
        if (Role.SECRETARIAT.in(roles) || (Role.UNIT_REPRESENTATIVE.in(roles) && unit.value().equals(actorUnitId))) {
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
        boolean themself = Role.VOTER.in(roles) && voter.value().equals(principal);
        boolean theirUnit = Role.UNIT_REPRESENTATIVE.in(roles) && voter.value().equals(actorUnitId);
        if (!themself && !theirUnit) {
            throw new DomainRejection(ErrorCode.NOT_THE_VOTER, "a ballot of " + voter
                    + " can only be cast by that voter");
        }
    }

    /** For what only the secretariat does, refused with the code that names it. */
    public static void requireSecretariat(List<String> roles, ErrorCode code, String what) {
        if (!isSecretariat(roles)) {
            throw new DomainRejection(code, "only the secretariat " + what);
        }
    }

    public static boolean isSecretariat(List<String> roles) {
        return Role.SECRETARIAT.in(roles);
    }
}
