package vn.thidua.ledger.command.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;

/** FORM_COMPETENCE as a table: the competent level of each form, and who may award or propose it. */
class FormCompetenceTest {

    private static final RuleSet RULES_2024 = Rules.CATALOG.forYear(2024);

    @ParameterizedTest(name = "{0} is decided by {1}")
    @CsvSource({
            "UNIT_HEAD_CERTIFICATE, UNIT_HEAD",
            "MINISTER_CERTIFICATE_OF_MERIT, MINISTER",
            "PRIME_MINISTER_CERTIFICATE_OF_MERIT, PRIME_MINISTER",
            "LABOUR_ORDER_THIRD_CLASS, PRESIDENT",
            "LABOUR_ORDER_SECOND_CLASS, PRESIDENT",
            "LABOUR_ORDER_FIRST_CLASS, PRESIDENT"})
    void eachFormHasOneCompetentLevel(CommendationForm form, CommendationAuthority competent) {
        assertThat(FormCompetence.competentFor(form)).isEqualTo(competent);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CommendationForm.class)
    void onlyTheCompetentLevelAwardsAForm(CommendationForm form) {
        CommendationAuthority competent = FormCompetence.competentFor(form);
        Arrays.stream(CommendationAuthority.values()).forEach(issuer -> {
            if (issuer == competent) {
                assertThatCode(() -> FormCompetence.check(CommendationKind.AWARD, form, issuer, RULES_2024))
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> FormCompetence.check(CommendationKind.AWARD, form, issuer, RULES_2024))
                        .isInstanceOfSatisfying(DomainRejection.class,
                                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.WRONG_ISSUER_LEVEL));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CommendationForm.class)
    void onlyALevelBelowTheCompetentOneProposesAForm(CommendationForm form) {
        CommendationAuthority competent = FormCompetence.competentFor(form);
        Arrays.stream(CommendationAuthority.values()).forEach(issuer -> {
            if (issuer.ordinal() < competent.ordinal()) {
                assertThatCode(() -> FormCompetence.check(CommendationKind.PROPOSAL, form, issuer, RULES_2024))
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> FormCompetence.check(CommendationKind.PROPOSAL, form, issuer, RULES_2024))
                        .isInstanceOfSatisfying(DomainRejection.class,
                                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.WRONG_ISSUER_LEVEL));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CommendationForm.class)
    void theRejectionCitesTheLawOfItsYear(CommendationForm form) {
        CommendationAuthority wrong = FormCompetence.competentFor(form) == CommendationAuthority.PRESIDENT
                ? CommendationAuthority.UNIT_HEAD : CommendationAuthority.PRESIDENT;
        assertThatThrownBy(() -> FormCompetence.check(CommendationKind.AWARD, form, wrong, RULES_2024))
                .hasMessageContaining("FORM_COMPETENCE").hasMessageContaining("06/2022/QH15");
    }
}
