package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.council.CouncilRoster;
import vn.thidua.ledger.command.council.CouncilThreshold;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;

/**
 * R7, tổng số thành viên Hội đồng: approval is counted against the council's total membership, so that number
 * must be the council's, on the round's date, and not whatever list a request brings. A COUNCIL round therefore
 * takes its voters from the roster read from the council aggregate as of the day the round opens, and, where the
 * rule set leaves the threshold to the council (grassroots emulation fighter), the council's own ratio in force that
 * day. Source: Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8 (total membership; absent members vote in writing), carried
 * into rule set v2 under Nghị định 98/2023/NĐ-CP [I: clause to verify]; the council's own grassroots threshold as
 * the secretariat reports it (issue 12) [I: not verified in a legal text].
 */
final class CouncilRosterPolicy {

    private CouncilRosterPolicy() {
    }

    /** The round's voters: the council's roster on {@code openedOn}, or the member units the command names. */
    static List<Voter> voters(OpenNominationRound command, LocalDate openedOn, RuleSet rules) {
        if (command.body() != VotingBody.COUNCIL) {
            if (command.council() != null) {
                throw Require.invalid("a " + command.body() + " round is not voted by a council");
            }
            return Require.present("voters", command.voters());
        }
        CouncilRoster council = command.council();
        if (council == null) {
            throw Require.invalid(rules.cite(RuleCode.R7) + ": a COUNCIL round is voted by the council's roster on"
                    + " the round's date: name the council");
        }
        if (command.voters() != null && !command.voters().isEmpty()) {
            throw Require.invalid("a COUNCIL round is voted by the roster of " + council.name() + ": leave voters out");
        }
        if (!council.asOf().equals(openedOn)) {
            throw Require.invalid("the roster of " + council.name() + " was read as of " + council.asOf()
                    + ", but the round opens on " + openedOn);
        }
        return council.voters();
    }

    /** The rule set's voting rule, with the council's own ratio where the rule set leaves it to the council. */
    static VotingRule votingRule(OpenNominationRound command, RuleSet rules) {
        CouncilThreshold threshold = councilThreshold(command, rules);
        return rules.votingRuleFor(command.title(), command.body(), threshold == null ? null : threshold.ratio());
    }

    /** What the round took from its council; null for a member units' round. */
    static CouncilRosterTaken taken(RoundId roundId, OpenNominationRound command, RuleSet rules) {
        CouncilRoster council = command.council();
        if (council == null) {
            return null;
        }
        CouncilThreshold threshold = councilThreshold(command, rules);
        return new CouncilRosterTaken(roundId, council.councilId(), council.name(), council.asOf(),
                council.totalMembership(), threshold == null ? null : threshold.ratio(),
                threshold == null ? null : threshold.decisionNumber());
    }

    /** The council's threshold when this round uses it, else null (the rule set fixes the ratio). */
    private static CouncilThreshold councilThreshold(OpenNominationRound command, RuleSet rules) {
        boolean councilSets = command.council() != null && rules.councilSetsThreshold(command.title(), command.body());
        return councilSets ? command.council().grassrootsThreshold() : null;
    }
}
