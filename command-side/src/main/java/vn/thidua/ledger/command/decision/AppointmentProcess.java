package vn.thidua.ledger.command.decision;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.cluster.AppointLeadership;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.cluster.ClusterYear;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Cử Trưởng Cụm, Phó Trưởng Cụm: an appointment is recorded by two aggregates, the cluster (members
 * only, one leadership per year, R11) and the decision (its number used once, R11's two different
 * units). Both commands run in this handler's one unit of work: a refusal by either one rolls the
 * other back, so there is never a decision the cluster refused, nor a leadership without its decision.
 *
 * <p>Both apply the rule-set version the year's campaign chose, read from the campaign here ({@link CampaignFacts});
 * a year whose campaign is not launched yet (the head is often appointed before) has the year's default.
 *
 * <p>The cluster goes first: its aggregate lock is held until the unit of work ends, so two
 * appointments for one cluster-year are decided one after the other, and the second is refused
 * before its decision is written.
 */
public class AppointmentProcess {

    private final ClusterFacts clusters;
    private final CampaignFacts campaigns;
    private final CommandGateway commandGateway;

    public AppointmentProcess(ClusterFacts clusters, CampaignFacts campaigns, CommandGateway commandGateway) {
        this.clusters = clusters;
        this.campaigns = campaigns;
        this.commandGateway = commandGateway;
    }

    @CommandHandler
    void handle(RecordAppointment command) {
        ClusterYear cluster = clusters.inYear(command.clusterId(), command.year());
        UnitRef head = cluster.member(command.headId());
        UnitRef deputy = cluster.member(command.deputyHeadId());
        ChosenRuleVersion rules = campaigns.ruleVersionOf(CampaignId.of(command.clusterId(), command.year()))
                .orElse(null);
        commandGateway.sendAndWait(new AppointLeadership(command.clusterId(), command.year(), command.headId(),
                command.deputyHeadId(), command.decisionNumber(), command.signedOn(), rules));
        commandGateway.sendAndWait(new IssueAppointmentDecision(command.decisionNumber(), command.signedOn(),
                command.signedBy(), command.clusterId(), cluster.name(), command.year(), head, deputy, rules));
    }
}
