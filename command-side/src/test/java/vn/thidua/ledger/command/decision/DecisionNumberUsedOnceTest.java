package vn.thidua.ledger.command.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.DecisionId;

/** A number of a year is one decision, also when it was recorded under its legacy id (docs/decisions.md). */
class DecisionNumberUsedOnceTest {

    private static final String NUMBER = "3456/QĐ-BTP";

    @Test
    void theSameNumberAndYearRecordedUnderTheLegacyIdIsRefused() {
        LegacyDecisions recorded = legacyId -> Optional.of(DecisionId.of(2023, NUMBER));
        assertThatThrownBy(() -> DecisionNumberUsedOnce.check(DecisionId.of(2023, NUMBER), NUMBER, recorded))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.ALREADY_EXISTS))
                .hasMessageContaining("3456-QD-BTP");
    }

    @Test
    void itAsksForTheLegacyIdOfTheNumber() {
        List<DecisionId> asked = new ArrayList<>();
        DecisionNumberUsedOnce.check(DecisionId.of(2023, NUMBER), NUMBER, legacyId -> {
            asked.add(legacyId);
            return Optional.empty();
        });
        assertThat(asked).containsExactly(new DecisionId("3456-QD-BTP"));
    }

    @Test
    void anotherYearOrAnotherSpellingUnderTheSameLegacyIdIsAnotherDecision() {
        for (DecisionId other : List.of(DecisionId.of(2022, NUMBER), DecisionId.of(2023, "3456/QD-BTP"))) {
            assertThatCode(() -> DecisionNumberUsedOnce.check(DecisionId.of(2023, NUMBER), NUMBER,
                    legacyId -> Optional.of(other))).doesNotThrowAnyException();
        }
    }

    @Test
    void aNumberTheLegacySchemeRefusedIsNotLookedUp() {
        assertThatCode(() -> DecisionNumberUsedOnce.check(DecisionId.of(2023, "."), ".", legacyId -> {
            throw new AssertionError("looked up " + legacyId);
        })).doesNotThrowAnyException();
    }
}
