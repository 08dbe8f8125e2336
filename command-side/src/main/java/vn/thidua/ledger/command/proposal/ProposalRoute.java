package vn.thidua.ledger.command.proposal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.command.decision.FormCompetence;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.ProposalLevel;

/**
 * Tuyến trình khen thưởng (PROPOSAL_ROUTE): a cluster's tờ trình goes to the Ministry; the Minister decides the
 * ministry-level titles (Cờ thi đua ngành Tư pháp, Chiến sĩ thi đua cấp Bộ, Tập thể lao động xuất sắc), the
 * Ministry forwards to the Central Emulation-Commendation Board those the Prime Minister decides (Cờ thi đua của
 * Chính phủ, Chiến sĩ thi đua toàn quốc); the approving award is decided at that level and awards the proposal's
 * title to some of its recipients. Competences per Law 06/2022/QH15 as understood, <b>not verified</b> article by
 * article (rule status I). Titles a unit's head decides are not proposed upward.
 *
 * <p>A form of commendation goes the same way to the level of its competent authority ({@link FormCompetence}):
 * Bằng khen của Bộ trưởng is decided at the Ministry; Bằng khen của Thủ tướng Chính phủ (Prime Minister) and
 * Huân chương (State President, prepared by the Central Emulation-Commendation Board: Law 06/2022/QH15 art. 78–79
 * as understood, <b>not verified</b>) are forwarded to the Central Board; a Giấy khen, the unit head's, does not go
 * upward. Its approving award is of the same form and year.
 */
final class ProposalRoute {

    private ProposalRoute() {
    }

    /** The level whose decision awards {@code title}; null where the unit's own head decides it. */
    static ProposalLevel decidingLevel(Title title) {
        return switch (title) {
            case SECTOR_EMULATION_FLAG, MINISTRY_EMULATION_FIGHTER, EXCELLENT_COLLECTIVE -> ProposalLevel.MINISTRY;
            case GOVERNMENT_EMULATION_FLAG, NATIONAL_EMULATION_FIGHTER -> ProposalLevel.CENTRAL_BOARD;
            case ADVANCED_WORKER, GRASSROOTS_EMULATION_FIGHTER, ADVANCED_COLLECTIVE -> null;
        };
    }

    /** The level where the proposal for {@code form} ends: its competent authority's; null for the unit's head. */
    static ProposalLevel decidingLevel(CommendationForm form) {
        return switch (FormCompetence.competentFor(form)) {
            case MINISTER -> ProposalLevel.MINISTRY;
            case PRIME_MINISTER, PRESIDENT -> ProposalLevel.CENTRAL_BOARD;
            case UNIT_HEAD -> null;
        };
    }

    static ProposalLevel decidingLevel(ProposedCommendation proposed) {
        return proposed.title() != null ? decidingLevel(proposed.title()) : decidingLevel(proposed.form());
    }

    /** Where a submission may go: {@code current} is the level the proposal is at, null before its first. */
    static void checkSubmission(ProposedCommendation proposed, ProposalLevel current, ProposalStatus status,
                                ProposalLevel to, RuleSet rules) {
        ProposalLevel deciding = decidingLevel(proposed);
        if (deciding == null) {
            throw wrongLevel(rules, proposed.vietnameseName() + " is decided by the unit's head: nothing goes upward");
        }
        if (status == ProposalStatus.APPROVED || status == ProposalStatus.REFUSED) {
            throw new DomainRejection(ErrorCode.PROPOSAL_NOT_PENDING, "the proposal was already "
                    + status.name().toLowerCase() + " at " + current.vietnameseName());
        }
        ProposalLevel allowed = status == null ? ProposalLevel.MINISTRY
                : status == ProposalStatus.RETURNED ? current
                : current.ordinal() < deciding.ordinal() ? ProposalLevel.values()[current.ordinal() + 1] : null;
        if (to != allowed) {
            throw wrongLevel(rules, "a proposal for " + proposed.vietnameseName() + " "
                    + (allowed == null ? "awaits the answer of " + current.vietnameseName()
                                       : "goes to " + allowed.vietnameseName() + " now") + ", not to " + to);
        }
    }

    /**
     * The award approving a proposal waiting at {@code current}: of its title or form and year, to some of its
     * recipients. A form's award is signed by its competent level (FORM_COMPETENCE), the one the proposal is at.
     */
    static void checkApproval(ProposedCommendation proposed, int year, List<Recipient> recipients,
                              ProposalLevel current, DecisionSummary award, RuleSet rules) {
        ProposalLevel deciding = decidingLevel(proposed);
        if (current != deciding) {
            throw wrongLevel(rules, proposed.vietnameseName() + " is not decided at " + current.vietnameseName()
                    + ": the proposal goes on to " + deciding.vietnameseName());
        }
        Set<String> proposedIds = recipients.stream().map(r -> r.registrantId().value()).collect(Collectors.toSet());
        boolean matches = award.kind() == CommendationKind.AWARD && proposed.sameAs(award) && award.year() == year
                && !award.recipients().isEmpty()
                && award.recipients().stream().allMatch(r -> proposedIds.contains(r.registrantId().value()));
        if (!matches) {
            throw new DomainRejection(ErrorCode.AWARD_NOT_FOR_PROPOSAL, rules.cite(RuleCode.PROPOSAL_ROUTE)
                    + ": decision " + award.decisionNumber() + " does not award " + proposed.vietnameseName() + " of "
                    + year + " to recipients of this proposal");
        }
    }

    private static DomainRejection wrongLevel(RuleSet rules, String why) {
        return new DomainRejection(ErrorCode.WRONG_PROPOSAL_LEVEL, rules.cite(RuleCode.PROPOSAL_ROUTE) + ": " + why);
    }
}
