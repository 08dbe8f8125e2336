package vn.thidua.ledger.command.campaign;

import vn.thidua.ledger.command.rules.ChosenRuleVersion;

import java.util.List;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Those of the registrants asked for that a campaign of {@code year} knows (member units, registrants with an active
 * pledge), under the campaign's names; the others are left out for the command that uses them to refuse. With the
 * rule-set version the campaign chose, which a form of commendation of its year follows.
 */
public record KnownRegistrants(int year, List<Recipient> found, ChosenRuleVersion campaignRules) {

    public KnownRegistrants {
        found = List.copyOf(found);
    }
}
