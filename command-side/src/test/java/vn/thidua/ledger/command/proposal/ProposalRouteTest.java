package vn.thidua.ledger.command.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022Events;

/** PROPOSAL_ROUTE as a table: which level decides which title, where a proposal may go next, what approves it. */
class ProposalRouteTest {

    private static final RuleSet RULES = Rules.CATALOG.forYear(2024);
    private static final List<Recipient> PROPOSED = List.of(Conference2022Events.recipient(ClusterIv2022.THADS),
            Conference2022Events.recipient(ClusterIv2022.CVDCXDPL));
    private static final ProposedCommendation SECTOR_FLAG = new ProposedCommendation(Title.SECTOR_EMULATION_FLAG, null);

    @ParameterizedTest
    @CsvSource({"SECTOR_EMULATION_FLAG, MINISTRY", "MINISTRY_EMULATION_FIGHTER, MINISTRY",
                "EXCELLENT_COLLECTIVE, MINISTRY", "GOVERNMENT_EMULATION_FLAG, CENTRAL_BOARD",
                "NATIONAL_EMULATION_FIGHTER, CENTRAL_BOARD"})
    void eachTitleProposedUpwardHasTheLevelThatDecidesIt(Title title, ProposalLevel level) {
        assertThat(ProposalRoute.decidingLevel(title)).isEqualTo(level);
    }

    /**
     * FormCompetence's authority decides where a form's proposal ends: the Minister's at the Ministry, the Prime
     * Minister's and the State President's at the Central Board.
     */
    @ParameterizedTest
    @CsvSource({"MINISTER_CERTIFICATE_OF_MERIT, MINISTRY", "PRIME_MINISTER_CERTIFICATE_OF_MERIT, CENTRAL_BOARD",
                "LABOUR_ORDER_THIRD_CLASS, CENTRAL_BOARD", "LABOUR_ORDER_SECOND_CLASS, CENTRAL_BOARD",
                "LABOUR_ORDER_FIRST_CLASS, CENTRAL_BOARD"})
    void eachFormProposedUpwardHasTheLevelOfItsCompetentAuthority(CommendationForm form, ProposalLevel level) {
        assertThat(ProposalRoute.decidingLevel(form)).isEqualTo(level);
    }

    @Test
    void aUnitHeadsCertificateGoesNowhere() {
        assertThat(ProposalRoute.decidingLevel(CommendationForm.UNIT_HEAD_CERTIFICATE)).isNull();
        assertThat(refusal(() -> ProposalRoute.checkSubmission(new ProposedCommendation(null,
                CommendationForm.UNIT_HEAD_CERTIFICATE), null, null, ProposalLevel.MINISTRY, RULES)))
                .isEqualTo(ErrorCode.WRONG_PROPOSAL_LEVEL);
    }

    /** The form's award, of the year, to some of the proposed: a title's award or another form's does not do. */
    @ParameterizedTest
    @CsvSource({"LABOUR_ORDER_THIRD_CLASS, -, 2024, OK",
                "LABOUR_ORDER_SECOND_CLASS, -, 2024, AWARD_NOT_FOR_PROPOSAL",
                "PRIME_MINISTER_CERTIFICATE_OF_MERIT, -, 2024, AWARD_NOT_FOR_PROPOSAL",
                "LABOUR_ORDER_THIRD_CLASS, -, 2023, AWARD_NOT_FOR_PROPOSAL",
                "-, GOVERNMENT_EMULATION_FLAG, 2024, AWARD_NOT_FOR_PROPOSAL"})
    void aFormsProposalIsApprovedByAnAwardOfThatFormAndYear(String form, String title, int year, String verdict) {
        DecisionSummary award = new DecisionSummary(DecisionId.of(2025, "9/QĐ-CTN"), "9/QĐ-CTN",
                CommendationKind.AWARD, "-".equals(title) ? null : Title.valueOf(title),
                "-".equals(form) ? null : CommendationForm.valueOf(form), year, LocalDate.of(2025, 4, 1), null,
                PROPOSED.subList(0, 1));
        Runnable check = () -> ProposalRoute.checkApproval(new ProposedCommendation(null,
                CommendationForm.LABOUR_ORDER_THIRD_CLASS), 2024, PROPOSED, ProposalLevel.CENTRAL_BOARD, award, RULES);
        if ("OK".equals(verdict)) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThat(refusal(check)).isEqualTo(ErrorCode.valueOf(verdict));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Title.class, names = {"ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER", "ADVANCED_COLLECTIVE"})
    void theTitlesAUnitsHeadDecidesGoNowhere(Title title) {
        assertThat(ProposalRoute.decidingLevel(title)).isNull();
        assertThat(refusal(() -> ProposalRoute.checkSubmission(new ProposedCommendation(title, null), null, null, ProposalLevel.MINISTRY, RULES)))
                .isEqualTo(ErrorCode.WRONG_PROPOSAL_LEVEL);
    }

    /** current level and status ("-" for a proposal not yet submitted), the level asked for, and the verdict. */
    @ParameterizedTest
    @CsvSource({
            "SECTOR_EMULATION_FLAG,     -,             -,         MINISTRY,      OK",
            "SECTOR_EMULATION_FLAG,     -,             -,         CENTRAL_BOARD, WRONG_PROPOSAL_LEVEL",
            "SECTOR_EMULATION_FLAG,     MINISTRY,      SUBMITTED, CENTRAL_BOARD, WRONG_PROPOSAL_LEVEL",
            "SECTOR_EMULATION_FLAG,     MINISTRY,      SUBMITTED, MINISTRY,      WRONG_PROPOSAL_LEVEL",
            "SECTOR_EMULATION_FLAG,     MINISTRY,      RETURNED,  MINISTRY,      OK",
            "SECTOR_EMULATION_FLAG,     MINISTRY,      APPROVED,  MINISTRY,      PROPOSAL_NOT_PENDING",
            "GOVERNMENT_EMULATION_FLAG, MINISTRY,      SUBMITTED, CENTRAL_BOARD, OK",
            "GOVERNMENT_EMULATION_FLAG, MINISTRY,      RETURNED,  CENTRAL_BOARD, WRONG_PROPOSAL_LEVEL",
            "GOVERNMENT_EMULATION_FLAG, CENTRAL_BOARD, SUBMITTED, CENTRAL_BOARD, WRONG_PROPOSAL_LEVEL",
            "GOVERNMENT_EMULATION_FLAG, CENTRAL_BOARD, RETURNED,  CENTRAL_BOARD, OK",
            "GOVERNMENT_EMULATION_FLAG, CENTRAL_BOARD, REFUSED,   CENTRAL_BOARD, PROPOSAL_NOT_PENDING"})
    void aSubmissionGoesOneLevelAtATime(Title title, String current, String status, ProposalLevel to, String verdict) {
        ProposalLevel at = "-".equals(current) ? null : ProposalLevel.valueOf(current);
        ProposalStatus now = "-".equals(status) ? null : ProposalStatus.valueOf(status);
        Runnable check = () -> ProposalRoute.checkSubmission(new ProposedCommendation(title, null), at, now, to,
                RULES);
        if ("OK".equals(verdict)) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThat(refusal(check)).isEqualTo(ErrorCode.valueOf(verdict));
        }
    }

    @ParameterizedTest
    @CsvSource({"AWARD, SECTOR_EMULATION_FLAG, 2024, 1, OK",
                "AWARD, SECTOR_EMULATION_FLAG, 2024, 2, OK",
                "PROPOSAL, SECTOR_EMULATION_FLAG, 2024, 2, AWARD_NOT_FOR_PROPOSAL",
                "AWARD, GOVERNMENT_EMULATION_FLAG, 2024, 2, AWARD_NOT_FOR_PROPOSAL",
                "AWARD, SECTOR_EMULATION_FLAG, 2023, 2, AWARD_NOT_FOR_PROPOSAL",
                "AWARD, SECTOR_EMULATION_FLAG, 2024, 0, AWARD_NOT_FOR_PROPOSAL"})
    void anApprovingAwardIsOfTheTitleAndYearToSomeOfTheProposed(CommendationKind kind, Title title, int year,
                                                                  int recipients, String verdict) {
        DecisionSummary award = new DecisionSummary(DecisionId.of(2025, "3456/QĐ-BTP"), "3456/QĐ-BTP", kind, title, null,
                year, LocalDate.of(2025, 1, 10), null, PROPOSED.subList(0, recipients));
        Runnable check = () -> ProposalRoute.checkApproval(SECTOR_FLAG, 2024, PROPOSED,
                ProposalLevel.MINISTRY, award, RULES);
        if ("OK".equals(verdict)) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThat(refusal(check)).isEqualTo(ErrorCode.valueOf(verdict));
        }
    }

    @ParameterizedTest
    @EnumSource(ProposalLevel.class)
    void anAwardApprovesOnlyAtTheLevelThatDecidesTheTitle(ProposalLevel at) {
        DecisionSummary award = new DecisionSummary(DecisionId.of(2025, "1/QĐ-TTg"), "1/QĐ-TTg", CommendationKind.AWARD,
                Title.GOVERNMENT_EMULATION_FLAG, null, 2024, LocalDate.of(2025, 3, 1), null, PROPOSED);
        Runnable check = () -> ProposalRoute.checkApproval(new ProposedCommendation(Title.GOVERNMENT_EMULATION_FLAG,
                null), 2024, PROPOSED, at, award, RULES);
        if (at == ProposalLevel.CENTRAL_BOARD) {
            assertThatCode(check::run).doesNotThrowAnyException();
        } else {
            assertThat(refusal(check)).isEqualTo(ErrorCode.WRONG_PROPOSAL_LEVEL);
        }
    }

    private static ErrorCode refusal(Runnable check) {
        DomainRejection rejection = catchThrowableOfType(DomainRejection.class, check::run);
        assertThat(rejection).as("a refusal").isNotNull();
        assertThat(rejection.getMessage()).containsIgnoringCase("proposal");
        return rejection.code();
    }
}
