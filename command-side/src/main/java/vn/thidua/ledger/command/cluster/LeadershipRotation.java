package vn.thidua.ledger.command.cluster;

import java.util.Set;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.UnitId;

/**
 * Luân phiên Trưởng Cụm, Phó Trưởng Cụm (R11): each year, by decision, two different member units lead
 * the cluster, appointed once for the year (the clusters' operating rules; practice, see DOMAIN.md).
 * Membership itself is the cluster's {@code memberIn}.
 */
public final class LeadershipRotation {

    private LeadershipRotation() {
    }

    /** Head and deputy head are two different units; the decision checks it as well as the cluster. */
    public static void requireTwoUnits(UnitId head, UnitId deputyHead, RuleSet rules) {
        if (head.equals(deputyHead)) {
            throw new DomainRejection(ErrorCode.HEAD_IS_DEPUTY, rules.cite(RuleCode.R11)
                    + ": head and deputy head must be two different units");
        }
    }

    /** One appointment per cluster and year. */
    static void requireNoneYet(Set<Integer> yearsWithLeadership, int year, String clusterName, RuleSet rules) {
        if (yearsWithLeadership.contains(year)) {
            throw new DomainRejection(ErrorCode.LEADERSHIP_ALREADY_APPOINTED, rules.cite(RuleCode.R11)
                    + ": " + clusterName + " already has a head and deputy head for " + year);
        }
    }
}
