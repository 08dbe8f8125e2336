package vn.thidua.ledger.command.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.REVOCATION_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.REVOKED_ON;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.fixtures.Snapshots;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.FormOfCommendationRevoked;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;

/**
 * Forms of commendation on the decision aggregate: FORM_COMPETENCE (who may award or propose which form) and the
 * recipients the campaign knows. The units are the seed year's (module cluster-iv-2022); the person, the decision
 * numbers and the achievement are illustrative (minh họa).
 */
class FormOfCommendationTest {

    private static final String NUMBER = "MH-215/QĐ-BTP";
    private static final LocalDate SIGNED_ON = LocalDate.of(2023, 2, 1);
    private static final String MINISTER = "Bộ trưởng Bộ Tư pháp (minh họa)";
    private static final String ACHIEVEMENT = "Thành tích xuất sắc trong công tác thi hành án dân sự năm 2022 (minh họa)";
    private static final Recipient ENFORCEMENT = recipient(THADS);
    private static final Recipient CLERK = new Recipient(new RegistrantId("mh-can-bo-thads"),
            "Cán bộ Tổng cục Thi hành án dân sự (minh họa)", THADS.unit());
    /** What the campaign knows of the recipients asked for: the API reads it from the campaign aggregate. */
    private static final List<Recipient> KNOWN = List.of(ENFORCEMENT, CLERK);

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource((LegacyDecisions) legacyId -> Optional.empty());
    }

    private static IssueFormOfCommendation issue(CommendationAuthority issuer, CommendationKind kind,
                                                 CommendationForm form, List<Recipient> recipients) {
        return new IssueFormOfCommendation(NUMBER, SIGNED_ON, MINISTER, issuer, kind, form, CAMPAIGN, 2022,
                ACHIEVEMENT, KNOWN, recipients.stream().map(Recipient::registrantId).toList(), null);
    }

    private static FormOfCommendationDecided decided(CommendationAuthority issuer, CommendationKind kind,
                                                     CommendationForm form, List<Recipient> recipients) {
        return new FormOfCommendationDecided(DecisionId.of(2023, NUMBER), NUMBER, SIGNED_ON, MINISTER, issuer, kind,
                form, 2022, ACHIEVEMENT, CAMPAIGN, recipients,
                Rules.CATALOG.forYear(2022).reference(RuleCode.FORM_COMPETENCE));
    }

    private static FormOfCommendationDecided ministersCertificate() {
        return decided(CommendationAuthority.MINISTER, CommendationKind.AWARD,
                CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT, CLERK));
    }

    @Test
    void theMinisterAwardsHisCertificateOfMeritToAUnitAndAPersonWithoutANominationRound() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.AWARD,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT, CLERK)))
                .expectEvents(ministersCertificate());
    }

    @Test
    void aFormForTheYearsWorkNamesNoAchievement() {
        fixture.givenNoPriorActivity()
                .when(new IssueFormOfCommendation(NUMBER, SIGNED_ON, MINISTER, CommendationAuthority.UNIT_HEAD,
                        CommendationKind.AWARD, CommendationForm.UNIT_HEAD_CERTIFICATE, CAMPAIGN, 2022, null, KNOWN,
                        List.of(CLERK.registrantId()), null))
                .expectEvents(new FormOfCommendationDecided(DecisionId.of(2023, NUMBER), NUMBER, SIGNED_ON, MINISTER,
                        CommendationAuthority.UNIT_HEAD, CommendationKind.AWARD,
                        CommendationForm.UNIT_HEAD_CERTIFICATE, 2022, null, CAMPAIGN, List.of(CLERK),
                        Rules.CATALOG.forYear(2022).reference(RuleCode.FORM_COMPETENCE)));
    }

    @Test
    void theMinisterCannotAwardALabourOrder() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.AWARD,
                        CommendationForm.LABOUR_ORDER_THIRD_CLASS, List.of(ENFORCEMENT)))
                .expectException(rejectedWith(ErrorCode.WRONG_ISSUER_LEVEL))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Chủ tịch nước"))
                .expectNoEvents();
    }

    @Test
    void aUnitHeadCannotAwardTheMinistersCertificateOfMerit() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.UNIT_HEAD, CommendationKind.AWARD,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT)))
                .expectException(rejectedWith(ErrorCode.WRONG_ISSUER_LEVEL))
                .expectNoEvents();
    }

    @Test
    void theMinisterProposesALabourOrderUpward() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.PROPOSAL,
                        CommendationForm.LABOUR_ORDER_THIRD_CLASS, List.of(ENFORCEMENT)))
                .expectEvents(decided(CommendationAuthority.MINISTER, CommendationKind.PROPOSAL,
                        CommendationForm.LABOUR_ORDER_THIRD_CLASS, List.of(ENFORCEMENT)));
    }

    @Test
    void theMinisterCannotProposeHisOwnCertificateOfMerit() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.PROPOSAL,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT)))
                .expectException(rejectedWith(ErrorCode.WRONG_ISSUER_LEVEL))
                .expectNoEvents();
    }

    @Test
    void aFormWithoutAFormIsInvalid() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.AWARD, null, List.of(ENFORCEMENT)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotCommendSomeoneTheCampaignDoesNotKnow() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.AWARD,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT, recipient(CVDCXDPL))))
                .expectException(rejectedWith(ErrorCode.NOT_REGISTERED_IN_CAMPAIGN))
                .expectNoEvents();
    }

    @Test
    void cannotNameTheSameRecipientTwice() {
        fixture.givenNoPriorActivity()
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.AWARD,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT, ENFORCEMENT)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotRecordTheSameDecisionNumberTwice() {
        fixture.given(ministersCertificate())
                .when(issue(CommendationAuthority.MINISTER, CommendationKind.AWARD,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, List.of(ENFORCEMENT)))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    private static RevokeAward revoke(Recipient recipient) {
        return new RevokeAward(DecisionId.of(2023, NUMBER), recipient.registrantId(), REVOCATION_NUMBER, REVOKED_ON,
                RevocationGround.FALSE_DECLARATION, "Khai man thành tích (minh họa)");
    }

    private static FormOfCommendationRevoked revoked(Recipient recipient) {
        return new FormOfCommendationRevoked(DecisionId.of(2023, NUMBER), NUMBER,
                CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, recipient, REVOCATION_NUMBER, REVOKED_ON,
                RevocationGround.FALSE_DECLARATION, "Khai man thành tích (minh họa)",
                Rules.CATALOG.forYear(2022).reference(RuleCode.R10));
    }

    /** R10 for a form: its own event, naming the form, under the version its decision was made under. */
    @Test
    void theMinistersCertificateIsRevokedFromOneRecipientOnALegalGround() {
        fixture.given(ministersCertificate())
                .when(revoke(CLERK))
                .expectEvents(revoked(CLERK));
    }

    @Test
    void aFormIsRevokedOncePerRecipient() {
        fixture.given(ministersCertificate(), revoked(CLERK))
                .when(revoke(CLERK))
                .expectException(rejectedWith(ErrorCode.AWARD_ALREADY_REVOKED))
                .expectNoEvents();
    }

    @Test
    void aFormsTờTrìnhHasNoAwardToRevoke() {
        fixture.given(decided(CommendationAuthority.MINISTER, CommendationKind.PROPOSAL,
                        CommendationForm.LABOUR_ORDER_THIRD_CLASS, List.of(ENFORCEMENT)))
                .when(revoke(ENFORCEMENT))
                .expectException(rejectedWith(ErrorCode.NOT_AN_AWARD))
                .expectNoEvents();
    }

    @Test
    void aRevocationOfAFormNeedsAGroundAndAReason() {
        fixture.given(ministersCertificate())
                .when(new RevokeAward(DecisionId.of(2023, NUMBER), CLERK.registrantId(), REVOCATION_NUMBER, REVOKED_ON,
                        null, "Khai man thành tích (minh họa)"))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    /** A 2024 form decided under v1 (its campaign's choice) is revoked under v1's R10, not the year's v2. */
    @Test
    void aFormIsRevokedUnderTheVersionItWasDecidedUnder() {
        FormOfCommendationDecided underV1 = new FormOfCommendationDecided(DecisionId.of(2023, NUMBER), NUMBER,
                SIGNED_ON, MINISTER, CommendationAuthority.MINISTER, CommendationKind.AWARD,
                CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, 2024, null, CAMPAIGN, List.of(CLERK),
                Rules.CATALOG.byIdAndVersion("btp-thidua", 1).reference(RuleCode.FORM_COMPETENCE));
        fixture.given(underV1)
                .when(revoke(CLERK))
                .expectEvents(new FormOfCommendationRevoked(DecisionId.of(2023, NUMBER), NUMBER,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, CLERK, REVOCATION_NUMBER, REVOKED_ON,
                        RevocationGround.FALSE_DECLARATION, "Khai man thành tích (minh họa)",
                        Rules.CATALOG.byIdAndVersion("btp-thidua", 1).reference(RuleCode.R10)));
    }

    @Test
    void aRevokedRecipientLeavesTheSummaryAProposalReads() {
        Decision decision = new Decision();
        decision.on(ministersCertificate());
        decision.on(revoked(CLERK));

        assertThat(decision.summary().recipients()).containsExactly(ENFORCEMENT);
    }

    /** Snapshot revision 5: the form's competence rule, which its proposal and its revocation apply, survives. */
    @Test
    void aFormsStateSurvivesASnapshot() {
        Decision decision = new Decision();
        decision.on(ministersCertificate());
        decision.on(revoked(CLERK));
        Snapshots.assertSurvivesJackson(decision);
    }

    /** A proposal going up reads the form, and the competence rule whose version it applies (a form has no round). */
    @Test
    void aProposalCitingTheFormsDecisionReadsItsFormAndItsCompetenceRule() {
        Decision decision = new Decision();
        decision.on(ministersCertificate());

        assertThat(decision.summary()).returns(null, DecisionSummary::title)
                .returns(CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, DecisionSummary::form)
                .returns(ministersCertificate().rule(), DecisionSummary::rule)
                .returns(CommendationKind.AWARD, DecisionSummary::kind)
                .returns(List.of(ENFORCEMENT, CLERK), DecisionSummary::recipients);
    }

    /** A 2024 campaign kept on rule set v1 (a DOSSIER_RECEIVED override): its forms cite v1, not the year's v2. */
    @Test
    void aFormFollowsTheRuleSetVersionItsCampaignChose() {
        fixture.givenNoPriorActivity()
                .when(new IssueFormOfCommendation(NUMBER, SIGNED_ON, MINISTER, CommendationAuthority.MINISTER,
                        CommendationKind.AWARD, CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, CAMPAIGN, 2024, null,
                        KNOWN, List.of(CLERK.registrantId()), new ChosenRuleVersion("btp-thidua", 1)))
                .expectEvents(new FormOfCommendationDecided(DecisionId.of(2023, NUMBER), NUMBER, SIGNED_ON, MINISTER,
                        CommendationAuthority.MINISTER, CommendationKind.AWARD,
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, 2024, null, CAMPAIGN, List.of(CLERK),
                        Rules.CATALOG.byIdAndVersion("btp-thidua", 1).reference(RuleCode.FORM_COMPETENCE)));
    }
}
