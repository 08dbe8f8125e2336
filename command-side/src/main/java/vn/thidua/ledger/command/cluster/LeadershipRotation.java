package vn.thidua.ledger.command.cluster;

import java.util.Map;
import java.util.Set;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Luân phiên Trưởng Cụm, Phó Trưởng Cụm (R11): each year, by decision, two different member units lead
 * the cluster, appointed once for the year, and the outgoing head hands the duties over to the incoming one once
 * (the clusters' operating rules; practice, see DOMAIN.md; the handover as the seed news item of 9 Dec 2022 shows it).
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

    /**
     * The outgoing head of {@code year - 1} hands over to the incoming head of {@code year}: both appointed, once.
     *
     * @param heads the head of each year with leadership, keyed by the year as text
     * @return the outgoing and the incoming head
     */
    static Handover requireHandover(Map<String, UnitRef> heads, Set<Integer> yearsHandedOver, int year,
                                     String clusterName, RuleSet rules) {
        UnitRef outgoing = heads.get(String.valueOf(year - 1));
        UnitRef incoming = heads.get(String.valueOf(year));
        if (outgoing == null || incoming == null) {
            throw new DomainRejection(ErrorCode.LEADERSHIP_NOT_APPOINTED, rules.cite(RuleCode.R11) + ": "
                    + clusterName + " needs a head appointed for " + (year - 1) + " and for " + year
                    + " before the handover");
        }
        if (yearsHandedOver.contains(year)) {
            throw new DomainRejection(ErrorCode.LEADERSHIP_ALREADY_HANDED_OVER, rules.cite(RuleCode.R11) + ": "
                    + clusterName + " already handed its duties over for " + year);
        }
        return new Handover(outgoing, incoming);
    }

    /** The two heads a handover is between. */
    record Handover(UnitRef outgoing, UnitRef incoming) {
    }
}
