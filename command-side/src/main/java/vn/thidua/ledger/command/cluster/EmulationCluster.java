package vn.thidua.ledger.command.cluster;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.command.rules.RuleVersionPolicy;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.LeadershipHandedOver;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Cụm thi đua (emulation cluster): guards which units are members in which year, and that each
 * year has at most one head and one deputy head, two different members, appointed by a decision
 * (R11), who hands over to the next year's head once.
 *
 * <p>Lifecycle: formed with its first members; units are admitted and withdrawn from a given year
 * on (the history stays: membership is always asked "in which year?"); leadership is appointed
 * once per year, then handed over from the year's head to the next one's. A cluster is never deleted.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("2")
public class EmulationCluster {

    @AggregateIdentifier
    ClusterId clusterId;
    String name;
    /** Keyed by unit id value: Jackson snapshots need plain string keys. */
    Map<String, Membership> memberships = new HashMap<>();
    Set<Integer> yearsWithLeadership = new HashSet<>();
    /** The head of each year, keyed by the year as text (Jackson snapshots need plain string keys). */
    Map<String, UnitRef> heads = new HashMap<>();
    Set<Integer> yearsHandedOver = new HashSet<>();

    protected EmulationCluster() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FormCluster command) {
        if (clusterId != null) {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "cluster " + command.clusterId() + " already exists");
        }
        Require.name("cluster name", command.name());
        Require.year(command.firstYear());
        Require.notEmptyAndDistinct("units", command.units().stream().map(UnitRef::id).toList());
        command.units().forEach(unit -> Require.name("unit name", unit.name()));
        apply(new ClusterFormed(command.clusterId(), command.name(), command.firstYear(), command.units()));
    }

    @CommandHandler
    void handle(AdmitUnit command) {
        Require.year(command.year());
        Require.name("unit name", Require.present("unit", command.unit()).name());
        Membership existing = memberships.get(command.unit().id().value());
        if (existing != null && !existing.allowsAdmissionIn(command.year())) {
            throw new DomainRejection(ErrorCode.UNIT_ALREADY_MEMBER, existing.unit().name() + " is already a member of "
                    + name + " from " + existing.fromYear());
        }
        apply(new UnitAdmitted(clusterId, name, command.unit(), command.year()));
    }

    @CommandHandler
    void handle(WithdrawUnit command) {
        Require.year(command.year());
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        Membership membership = memberIn(command.unitId(), command.year());
        apply(new UnitWithdrawn(clusterId, name, membership.unit(), command.year(), command.reason()));
    }

    @CommandHandler
    void handle(AppointLeadership command, RuleSetCatalog catalog) {
        Require.year(command.year());
        DecisionId decisionId = Require.decisionId(command.decisionNumber(), command.signedOn());
        RuleSet rules = RuleVersionPolicy.followCampaign(catalog, command.campaignRules(), command.year());
        LeadershipRotation.requireTwoUnits(command.headId(), command.deputyHeadId(), rules);
        LeadershipRotation.requireNoneYet(yearsWithLeadership, command.year(), name, rules);
        UnitRef head = memberIn(command.headId(), command.year()).unit();
        UnitRef deputy = memberIn(command.deputyHeadId(), command.year()).unit();
        apply(new LeadershipAppointed(clusterId, name, command.year(), head, deputy,
                decisionId, command.decisionNumber()));
    }

    @CommandHandler
    void handle(HandOverLeadership command, RuleSetCatalog catalog) {
        Require.year(command.year());
        LocalDate handedOverOn = Require.present("handed over on", command.handedOverOn());
        LeadershipRotation.Handover handover = LeadershipRotation.requireHandover(heads, yearsHandedOver,
                command.year(), name, catalog.forYear(command.year()));
        apply(new LeadershipHandedOver(clusterId, name, command.year(), handover.outgoing(), handover.incoming(),
                handedOverOn));
    }

    /** For {@link ClusterFacts}: the name and the members in {@code year}, by unit id so the order is reproducible. */
    ClusterYear inYear(int year) {
        return new ClusterYear(clusterId, name, year, memberships.values().stream()
                .filter(membership -> membership.isMemberIn(year)).map(Membership::unit)
                .sorted(Comparator.comparing(unit -> unit.id().value())).toList());
    }

    private Membership memberIn(UnitId unitId, int year) {
        Membership membership = memberships.get(unitId.value());
        if (membership == null || !membership.isMemberIn(year)) {
            throw new DomainRejection(ErrorCode.UNIT_NOT_MEMBER, "unit " + unitId + " is not a member of " + name
                    + " in " + year);
        }
        return membership;
    }

    @EventSourcingHandler
    void on(ClusterFormed event) {
        clusterId = event.clusterId();
        name = event.name();
        event.units().forEach(unit -> memberships.put(unit.id().value(), new Membership(unit, event.firstYear(), null)));
    }

    @EventSourcingHandler
    void on(UnitAdmitted event) {
        memberships.put(event.unit().id().value(), new Membership(event.unit(), event.year(), null));
    }

    @EventSourcingHandler
    void on(UnitWithdrawn event) {
        memberships.computeIfPresent(event.unit().id().value(), (id, membership) -> membership.endingIn(event.year()));
    }

    @EventSourcingHandler
    void on(LeadershipAppointed event) {
        yearsWithLeadership.add(event.year());
        heads.put(String.valueOf(event.year()), event.head());
    }

    @EventSourcingHandler
    void on(LeadershipHandedOver event) {
        yearsHandedOver.add(event.year());
    }
}
