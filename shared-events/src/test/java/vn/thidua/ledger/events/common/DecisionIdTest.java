package vn.thidua.ledger.events.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, item 4: a decision is known by issuer + year + number (docs/decisions.md). */
class DecisionIdTest {

    @Test
    void aDecisionIdIsTheYearOfSigningAndTheNumber() {
        assertThat(DecisionId.of(2022, "3456/QĐ-BTP")).isEqualTo(new DecisionId("2022_3456-QDd-BTP"));
    }

    @Test
    void numberingRestartsEveryYearSoTheSameNumberInAnotherYearIsAnotherDecision() {
        assertThat(DecisionId.of(2023, "01/TTr-CTĐIV")).isNotEqualTo(DecisionId.of(2022, "01/TTr-CTĐIV"));
    }

    @Test
    void eachIssuerNumbersItsOwnDocumentsSoTheSameSerialOfAnotherIssuerIsAnotherDecision() {
        assertThat(DecisionId.of(2022, "01/TTr-CTĐIV")).isNotEqualTo(DecisionId.of(2022, "01/TTr-CTĐIII"));
    }

    @ParameterizedTest
    @CsvSource({"01/QĐ-BTP, 01/QD-BTP", "5/TTr-CỤM, 5/TTr-CUM", "7/QĐ-Ơ, 7/QĐ-O", "7/QĐ-Ô, 7/QĐ-O",
                "7/QĐ-Ă, 7/QĐ-Â", "7/QĐ-Ư, 7/QĐ-UW", "9/QĐ-BÁ, 9/QĐ-BÀ", "9/QĐ-BẢ, 9/QĐ-BÃ", "9/QĐ-BẠ, 9/QĐ-BA",
                "3/QĐ-ĐD, 3/QĐ-DĐ", "1.2/QĐ, 1-2/QĐ"})
    void lettersWithDifferentMarksAreDifferentNumbers(String one, String other) {
        assertThat(DecisionId.of(2022, one)).isNotEqualTo(DecisionId.of(2022, other));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 3456/qđ-btp ", "3456 / QĐ - BTP", "3456-QĐ/BTP", "3456/Q\u0110-BTP"})
    void caseSpacingAndSeparatorsAreNotPartOfTheNumber(String written) {
        assertThat(DecisionId.of(2022, written)).isEqualTo(DecisionId.of(2022, "3456/QĐ-BTP"));
    }

    @Test
    void composedAndDecomposedMarksSpellTheSameNumber() {
        assertThat(DecisionId.of(2022, "12/TTr-Cu\u0323mIV")).isEqualTo(DecisionId.of(2022, "12/TTr-C\u1EE5mIV"))
                .isEqualTo(new DecisionId("2022_12-TTR-CUjMIV"));
    }

    @Test
    void anIllustrativeNoteInBracketsIsSpeltToo() {
        assertThat(DecisionId.of(2021, "99/TTr-CumIV (minh họa)")).isEqualTo(new DecisionId("2021_99-TTR-CUMIV-MINH-HOjA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//", " ", "12/QД-BTP", "12/QĐ-B\u0308TP", "\u0301/QĐ"})
    void aNumberOutsideTheVietnameseAlphabetIsRejected(String junk) {
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionId.of(2022, junk));
    }

    @Test
    void aNumberTooLongForAnIdIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionId.of(2022, "1/" + "QĐ-".repeat(20) + "BTP"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, 10_000})
    void theYearHasFourDigits(int year) {
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionId.of(year, "1/QĐ-BTP"));
    }

    @Test
    void theLegacyIdIsStillDerivedAsBeforeSoOldHistoriesAreFound() {
        assertThat(DecisionId.legacyOf("3456/QĐ-BTP")).isEqualTo(new DecisionId("3456-QD-BTP"));
        assertThat(DecisionId.legacyOf(" 12/qđ-btp ")).isEqualTo(new DecisionId("12-QD-BTP"));
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionId.legacyOf("//"));
    }

    @Test
    void aYearlyIdNeverEqualsALegacyOne() {
        assertThat(DecisionId.of(2022, "3456/QD-BTP").value()).contains("_");
        assertThat(DecisionId.legacyOf("2022_3456/QD-BTP").value()).doesNotContain("_");
    }
}
