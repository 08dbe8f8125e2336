package vn.thidua.ledger.command.nomination;

import java.util.List;
import vn.thidua.ledger.command.campaign.Roster;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Danh sách biểu quyết: who votes in a round, never a list the request brings. The cluster's member units acclaim
 * the leading unit (R8): a {@code MEMBER_UNITS} round's voters are the campaign's members. A {@code COUNCIL} round
 * names none here: its voters are the council's roster on the round's date, which the round takes from the council
 * it is given (R7, {@link CouncilRosterPolicy}).
 */
final class VoterRoll {

    private VoterRoll() {
    }

    static List<Voter> of(VotingBody body, Roster roster) {
        return body == VotingBody.MEMBER_UNITS ? roster.memberUnits() : List.of();
    }
}
