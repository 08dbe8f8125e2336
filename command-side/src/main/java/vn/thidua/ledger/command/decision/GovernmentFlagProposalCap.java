package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.ProposalCap;

/**
 * Tỷ lệ đề nghị Cờ thi đua của Chính phủ (R6): the collectives a cluster proposes for the Government
 * Emulation Flag are at most a share (20%) of the collectives that lead the clusters (Official Letter
 * 5007/BNV-TĐKT); the rule set says the share and how it rounds. Other decisions have no cap.
 */
final class GovernmentFlagProposalCap {

    private GovernmentFlagProposalCap() {
    }

    /** The cap the decision was checked against, or null when R6 does not apply to it. */
    static ProposalCap check(IssueCommendationDecision command, RuleSet rules) {
        if (command.kind() != CommendationKind.PROPOSAL || command.title() != Title.GOVERNMENT_EMULATION_FLAG) {
            return null;
        }
        int leading = Require.present("leading collectives", command.leadingCollectives());
        if (leading < 0) {
            throw Require.invalid("leading collectives cannot be negative");
        }
        int max = rules.governmentFlagCap().of(leading);
        if (command.recipients().size() > max) {
            throw new DomainRejection(ErrorCode.PROPOSAL_CAP_EXCEEDED, rules.cite(RuleCode.R6) + ": at most "
                    + max + " Government flag proposals for " + leading + " cluster-leading collectives, got "
                    + command.recipients().size());
        }
        return new ProposalCap(rules.reference(RuleCode.R6), leading, max);
    }
}
