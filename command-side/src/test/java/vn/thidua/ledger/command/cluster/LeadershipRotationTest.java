package vn.thidua.ledger.command.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;
import vn.thidua.ledger.events.common.UnitId;

/** R11: two different units lead a cluster, appointed once a year. */
class LeadershipRotationTest {

    private static final RuleSet RULES = VersionedRuleSetCatalog.fromClasspath().forYear(2023);
    private static final UnitId HEAD = new UnitId("vu-htqt");
    private static final UnitId DEPUTY = new UnitId("tong-cuc-thads");

    @Test
    void twoDifferentUnitsMayLeadTheCluster() {
        assertThatCode(() -> LeadershipRotation.requireTwoUnits(HEAD, DEPUTY, RULES)).doesNotThrowAnyException();
    }

    @Test
    void oneUnitCannotBeHeadAndDeputyCitingR11() {
        assertThatThrownBy(() -> LeadershipRotation.requireTwoUnits(HEAD, new UnitId("vu-htqt"), RULES))
                .isInstanceOfSatisfying(DomainRejection.class, rejection -> assertCode(rejection, ErrorCode.HEAD_IS_DEPUTY))
                .hasMessageContaining("R11");
    }

    @Test
    void aYearIsAppointedOnceAndTheNextYearIsFree() {
        Set<Integer> appointed = Set.of(2023);
        assertThatThrownBy(() -> LeadershipRotation.requireNoneYet(appointed, 2023, "Cụm thi đua số IV", RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertCode(rejection, ErrorCode.LEADERSHIP_ALREADY_APPOINTED))
                .hasMessageContaining("Cụm thi đua số IV").hasMessageContaining("2023");
        assertThatCode(() -> LeadershipRotation.requireNoneYet(appointed, 2024, "Cụm thi đua số IV", RULES))
                .doesNotThrowAnyException();
    }

    private static void assertCode(DomainRejection rejection, ErrorCode code) {
        assertThat(rejection.code()).isEqualTo(code);
    }
}
