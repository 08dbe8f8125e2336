package vn.thidua.ledger.command.campaign;

import java.util.List;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;

/**
 * What a nomination round takes from its campaign: the year, the candidates asked for with the
 * titles they pledged (the facts R1 is checked against), the member units as voters, the rule-set version the
 * campaign chose, which the round applies, and whether the campaign requires a record of every candidate for the title
 * criteria R2–R5.
 */
public record Roster(CampaignId campaignId, int year, List<Candidate> candidates, List<Voter> memberUnits,
                     ChosenRuleVersion ruleVersion, boolean recordsRequired) {

    public Roster {
        candidates = List.copyOf(candidates);
        memberUnits = List.copyOf(memberUnits);
    }
}
