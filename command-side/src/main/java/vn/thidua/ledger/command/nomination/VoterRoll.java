package vn.thidua.ledger.command.nomination;

import java.util.List;
import vn.thidua.ledger.command.campaign.Roster;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Danh sách biểu quyết: who votes in a round. The cluster's member units acclaim the leading unit (R8): a
 * {@code MEMBER_UNITS} round's voters are the campaign's members, never a list the request brings; a {@code COUNCIL}
 * round is voted by the council members the secretariat names (R7).
 */
final class VoterRoll {

    private VoterRoll() {
    }

    static List<Voter> of(VotingBody body, List<Voter> named, Roster roster) {
        boolean given = !named.isEmpty();
        if (body == VotingBody.MEMBER_UNITS) {
            if (given) {
                throw new DomainRejection(ErrorCode.INVALID_INPUT,
                        "a MEMBER_UNITS round is voted by the campaign's member units: leave voters out");
            }
            return roster.memberUnits();
        }
        if (!given) {
            throw new DomainRejection(ErrorCode.INVALID_INPUT, "a COUNCIL round needs the council members as voters");
        }
        return List.copyOf(named);
    }
}
