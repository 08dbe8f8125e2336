package vn.thidua.ledger.command.proposal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_DOSSIER;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalSubmitted;

/**
 * A proposal goes up under the rule-set version of its tờ trình, which is that of the round the tờ trình cites and
 * so its campaign's choice ({@code RuleVersionPolicy}), not the emulation year's default. The 2024 tờ trình of the
 * demo cluster is illustrative (minh họa): its campaign was launched with a {@code DOSSIER_RECEIVED} override and
 * stayed on rule set v1.
 */
class ProposalUnderItsRoundsRuleVersionTest {

    private static final RuleSet V1 = Rules.CATALOG.byIdAndVersion("btp-thidua", 1);
    private static final RuleSet V2 = Rules.CATALOG.byIdAndVersion("btp-thidua", 2);
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 1, 10);
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 1, 15);
    private static final List<Recipient> RECIPIENTS = List.of(recipient(THADS), recipient(CVDCXDPL));
    private static final DecisionId TO_TRINH_ID = DecisionId.of(2025, "12/TTr-BTP");
    private static final ProposalId ID = ProposalId.of(TO_TRINH_ID);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    /** The 2024 tờ trình for the sector flag, citing a round opened under {@code roundRules}. */
    private static DecisionSummary toTrinhCiting(RuleSet roundRules) {
        return new DecisionSummary(TO_TRINH_ID, "12/TTr-BTP", CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG,
                null, 2024, SIGNED_ON, roundRules.votingRuleFor(Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS).rule(),
                RECIPIENTS);
    }

    private static ProposalSubmitted submittedUnder(RuleSet rules) {
        return new ProposalSubmitted(ID, TO_TRINH_ID, "12/TTr-BTP", Title.SECTOR_EMULATION_FLAG, 2024, RECIPIENTS,
                ProposalLevel.MINISTRY, SUBMITTED_ON, PROPOSAL_DOSSIER, rules.reference(RuleCode.PROPOSAL_ROUTE));
    }

    @Test
    void aTờTrìnhOfAYearKeptOnTheOldRulesGoesUpUnderThem() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposal(toTrinhCiting(V1), ProposalLevel.MINISTRY, SUBMITTED_ON, PROPOSAL_DOSSIER))
                .expectEvents(submittedUnder(V1));
    }

    @Test
    void aTờTrìnhOfTheSameYearUnderTheNewRulesGoesUpUnderThem() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProposal(toTrinhCiting(V2), ProposalLevel.MINISTRY, SUBMITTED_ON, PROPOSAL_DOSSIER))
                .expectEvents(submittedUnder(V2));
    }

    @Test
    void anApprovalIsCheckedUnderTheVersionTheProposalWentUpUnder() {
        DecisionSummary awardOfAnotherTitle = new DecisionSummary(DecisionId.of(2025, "40/QĐ-BTP"), "40/QĐ-BTP",
                CommendationKind.AWARD, Title.EXCELLENT_COLLECTIVE, null, 2024, LocalDate.of(2025, 2, 1), null, RECIPIENTS);
        fixture.given(submittedUnder(V1))
                .when(new ApproveProposal(ID, awardOfAnotherTitle))
                .expectException(rejectedWith(ErrorCode.AWARD_NOT_FOR_PROPOSAL))
                .expectExceptionMessage(allOf(containsString("PROPOSAL_ROUTE"), containsString("btp-thidua v1")))
                .expectNoEvents();
    }
}
