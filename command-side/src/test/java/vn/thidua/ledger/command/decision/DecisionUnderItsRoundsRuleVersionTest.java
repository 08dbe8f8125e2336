package vn.thidua.ledger.command.decision;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.ProposalCap;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * A decision applies the rule-set version of the round it cites, and an appointment the version its year's campaign
 * chose ({@code RuleVersionPolicy}), never the emulation year's default on their own. The 2024 year of the demo
 * cluster is illustrative (minh họa): its campaign was launched with a {@code DOSSIER_RECEIVED} override and stayed on
 * rule set v1 although v2 is in force from 1 January 2024; the decision numbers and dates are invented.
 */
class DecisionUnderItsRoundsRuleVersionTest {

    private static final String SIGNER = "Thứ trưởng Bộ Tư pháp (minh họa)";
    private static final LocalDate SIGNED_ON = LocalDate.of(2025, 1, 10);
    private static final String PROPOSAL_NUMBER = "12/TTr-BTP";
    private static final String AWARD_NUMBER = "13/QĐ-BTP";
    private static final String APPOINTMENT_NUMBER = "14/QĐ-BTP";
    private static final RoundId FLAG_ROUND_2024 = new RoundId("btp-cum-iv-2024-cotd");
    private static final List<Recipient> WINNERS = List.of(recipient(THADS), recipient(CVDCXDPL));
    private static final RuleSet V1 = Rules.CATALOG.byIdAndVersion("btp-thidua", 1);
    private static final RuleSet V2 = Rules.CATALOG.byIdAndVersion("btp-thidua", 2);

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        // No decision of these tests was recorded under a legacy id.
        fixture.registerInjectableResource((LegacyDecisions) legacyId -> Optional.empty());
    }

    /** The voting rule a 2024 flag round recorded when it opened under {@code rules}. */
    private static RuleReference flagRoundRule(RuleSet rules) {
        return rules.votingRuleFor(Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS).rule();
    }

    private static IssueCommendationDecision governmentFlagProposal(RuleSet roundRules) {
        return new IssueCommendationDecision(PROPOSAL_NUMBER, SIGNED_ON, SIGNER, CommendationKind.PROPOSAL,
                Title.GOVERNMENT_EMULATION_FLAG, 2024, FLAG_ROUND_2024, flagRoundRule(roundRules), WINNERS,
                WINNERS.stream().map(Recipient::registrantId).toList(), 10);
    }

    private static CommendationDecided proposed(RuleSet roundRules) {
        return new CommendationDecided(DecisionId.of(2025, PROPOSAL_NUMBER), PROPOSAL_NUMBER, SIGNED_ON, SIGNER,
                CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG, 2024, FLAG_ROUND_2024,
                flagRoundRule(roundRules), WINNERS, new ProposalCap(roundRules.reference(RuleCode.R6), 10, 2));
    }

    private static IssueAppointmentDecision appointment(ChosenRuleVersion campaignRules) {
        return new IssueAppointmentDecision(APPOINTMENT_NUMBER, SIGNED_ON, SIGNER, CLUSTER, CLUSTER_NAME, 2024,
                HTQT.unit(), THADS.unit(), campaignRules);
    }

    private static AppointmentDecided appointed(RuleSet rules) {
        return new AppointmentDecided(DecisionId.of(2025, APPOINTMENT_NUMBER), APPOINTMENT_NUMBER, SIGNED_ON, SIGNER,
                CLUSTER, CLUSTER_NAME, 2024, HTQT.unit(), THADS.unit(), rules.reference(RuleCode.R11));
    }

    @Test
    void aProposalCitingARoundKeptOnTheOldRulesRecordsTheirVersion() {
        fixture.givenNoPriorActivity()
                .when(governmentFlagProposal(V1))
                .expectEvents(proposed(V1));
    }

    @Test
    void theSameYearsProposalCitingARoundUnderTheNewRulesRecordsTheNewVersion() {
        fixture.givenNoPriorActivity()
                .when(governmentFlagProposal(V2))
                .expectEvents(proposed(V2));
    }

    @Test
    void aRefusalCitesTheVersionOfTheRoundTheDecisionCites() {
        IssueCommendationDecision tooMany = new IssueCommendationDecision(PROPOSAL_NUMBER, SIGNED_ON, SIGNER,
                CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG, 2024, FLAG_ROUND_2024, flagRoundRule(V1),
                WINNERS, WINNERS.stream().map(Recipient::registrantId).toList(), 9);
        fixture.givenNoPriorActivity()
                .when(tooMany)
                .expectException(rejectedWith(ErrorCode.PROPOSAL_CAP_EXCEEDED))
                .expectExceptionMessage(allOf(containsString("R6"), containsString("btp-thidua v1")))
                .expectNoEvents();
    }

    @Test
    void anAwardIsRevokedUnderTheVersionItWasDecidedUnder() {
        DecisionId awardId = DecisionId.of(2025, AWARD_NUMBER);
        Recipient enforcement = WINNERS.get(0);
        String reason = "Báo cáo thành tích kê khai không đúng (minh họa)";
        LocalDate revokedOn = LocalDate.of(2025, 6, 2);
        fixture.given(new CommendationDecided(awardId, AWARD_NUMBER, SIGNED_ON, SIGNER, CommendationKind.AWARD,
                        Title.SECTOR_EMULATION_FLAG, 2024, FLAG_ROUND_2024, flagRoundRule(V1), WINNERS, null))
                .when(new RevokeAward(awardId, enforcement.registrantId(), "20/QĐ-BTP", revokedOn,
                        RevocationGround.FALSE_DECLARATION, reason))
                .expectEvents(new AwardRevoked(awardId, AWARD_NUMBER, Title.SECTOR_EMULATION_FLAG, enforcement,
                        "20/QĐ-BTP", revokedOn, RevocationGround.FALSE_DECLARATION, reason,
                        V1.reference(RuleCode.R10)));
    }

    @Test
    void anAppointmentAppliesTheVersionItsYearsCampaignChose() {
        fixture.givenNoPriorActivity()
                .when(appointment(new ChosenRuleVersion(V1.id(), V1.version())))
                .expectEvents(appointed(V1));
    }

    @Test
    void anAppointmentForAYearWithoutACampaignAppliesTheYearsDefault() {
        fixture.givenNoPriorActivity()
                .when(appointment(null))
                .expectEvents(appointed(V2));
    }
}
