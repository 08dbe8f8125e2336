package vn.thidua.ledger.command.nomination;

import java.util.List;
import java.util.Map;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingRule;

/**
 * Không bỏ phiếu cho đơn vị mình (R9): where the round's voting rule says so, a member unit does not
 * approve a candidacy of its own unit (the clusters' operating rules; inferred, see DOMAIN.md). Only a
 * named ballot can be checked: a secret ballot does not know its voter's unit, which is why the rule
 * catalog refuses a secret-ballot rule that forbids self-votes.
 */
final class SelfVotePolicy {

    private SelfVotePolicy() {
    }

    static void check(Voter voter, List<RegistrantId> approved, Map<String, Candidate> candidates, VotingRule rule,
                      RuleSet rules) {
        if (rule.selfVoteAllowed()) {
            return;
        }
        approved.stream().map(candidateId -> candidates.get(candidateId.value()))
                .filter(candidate -> candidate.unit().id().equals(voter.unit().id())).findFirst()
                .ifPresent(candidate -> {
                    throw new DomainRejection(ErrorCode.SELF_VOTE_FORBIDDEN, rules.cite(RuleCode.R9) + ": "
                            + voter.name() + " may not vote on the candidacy of its own unit (" + candidate.name() + ")");
                });
    }
}
