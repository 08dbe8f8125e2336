package vn.thidua.ledger.command.campaign;

import java.math.BigDecimal;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.ScoringScheme;

/** What a bảng chấm điểm and the points entered into it must look like. */
final class ScoringSchemeRules {

    /** Hundredths are the finest grain a scoring table uses; more digits are noise or an attack on the totals. */
    private static final int MAX_SCALE = 2;

    private ScoringSchemeRules() {
    }

    static void check(ScoringScheme scheme) {
        Require.notEmptyAndDistinct("criteria", Require.present("criteria", scheme.criteria()).stream()
                .map(Criterion::criterionId).toList());
        for (Criterion criterion : scheme.criteria()) {
            Require.name("criterion name", criterion.name());
            Require.present("criterion kind", criterion.kind());
            BigDecimal max = Require.present("maximum points", criterion.maxPoints());
            if (max.signum() <= 0 || max.scale() > MAX_SCALE) {
                throw Require.invalid("maximum points of " + criterion.name() + " must be positive, in hundredths");
            }
        }
        if (scheme.criteria().stream().noneMatch(criterion -> criterion.kind() == CriterionKind.SCORED)) {
            throw Require.invalid("a scoring table needs at least one scored criterion");
        }
    }

    static void checkPoints(Criterion criterion, BigDecimal points) {
        Require.present("points", points);
        if (points.signum() < 0 || points.compareTo(criterion.maxPoints()) > 0 || points.scale() > MAX_SCALE) {
            throw new DomainRejection(ErrorCode.SCORE_OUT_OF_RANGE, criterion.name() + ": points must be between 0 and "
                    + criterion.maxPoints() + " in hundredths, were " + points);
        }
    }
}
