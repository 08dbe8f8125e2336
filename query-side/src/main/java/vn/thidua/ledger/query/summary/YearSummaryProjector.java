package vn.thidua.ledger.query.summary;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.cluster.ClusterEvent;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.nomination.IllustrativeTalliesDeclared;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.query.summary.YearSummaryState.Pledge;
import vn.thidua.ledger.query.summary.YearSummaryViews.Standing;
import vn.thidua.ledger.query.summary.YearSummaryViews.SummaryLink;
import vn.thidua.ledger.query.view.Positions;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the year summaries with {@link YearSummaryFold}. Cluster events arrive before a year has a campaign, so
 * they are folded into a per-cluster template, which a launch copies into the new year's summary; later cluster
 * events go to the template and to every year it lists. Rounds and decisions do not name their campaign's
 * cluster, so links remember which summary each one joined.
 */
@Component
@ProcessingGroup(YearSummaryProjector.NAME)
class YearSummaryProjector {

    static final String NAME = "yearSummaries";

    private final YearSummaryViews views;

    YearSummaryProjector(YearSummaryViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ClusterEvent event, TrackingToken token) {
        long position = Positions.of(token);
        String clusterId = event.clusterId().value();
        YearSummaryState template = summaries().find(YearSummaryViews.templateId(clusterId)).map(v -> v.view())
                                               .orElse(YearSummaryState.template(clusterId));
        summaries().fold(YearSummaryViews.templateId(clusterId), position, state -> YearSummaryFold.apply(
                state == null ? YearSummaryState.template(clusterId) : state, event));
        template.years().forEach(year -> foldExisting(CampaignId.of(event.clusterId(), year).value(), position, event));
    }

    @EventHandler
    void on(CampaignLaunched launched, TrackingToken token) {
        long position = Positions.of(token);
        String clusterId = launched.clusterId().value();
        String templateId = YearSummaryViews.templateId(clusterId);
        YearSummaryState template = summaries().find(templateId).map(v -> v.view()).orElse(YearSummaryState.template(clusterId));
        summaries().fold(launched.campaignId().value(), position, state -> YearSummaryFold.apply(template, launched));
        summaries().fold(templateId, position, state -> withYear(state == null ? template : state, launched.year()));
    }

    @EventHandler
    void on(CampaignEvent event, TrackingToken token) {
        if (!(event instanceof CampaignLaunched)) {
            foldExisting(event.campaignId().value(), Positions.of(token), event);
        }
    }

    @EventHandler
    void on(PledgeEvent event, TrackingToken token) {
        long position = Positions.of(token);
        String campaignId = event.campaignId().value();
        if (summaries().find(campaignId).isEmpty()) {
            return;
        }
        String pledgeId = YearSummaryViews.pledgeId(campaignId, event.registrantId().value());
        views.pledges().prefetchBatch(payload -> payload instanceof PledgeEvent pledge ? Stream.of(
                YearSummaryViews.pledgeId(pledge.campaignId().value(), pledge.registrantId().value())) : Stream.empty());
        Pledge before = views.pledges().find(pledgeId).map(found -> found.view().active()).orElse(null);
        summaries().fold(campaignId, position, state -> YearSummaryFold.apply(state, event, before));
        views.pledges().write(pledgeId, position, new Standing(YearSummaryFold.pledgeAfter(before, event)));
    }

    @EventHandler
    void on(NominationRoundOpened opened, TrackingToken token) {
        long position = Positions.of(token);
        views.links().fold(opened.roundId().value(), position, link -> new SummaryLink(opened.campaignId().value()));
        foldExisting(opened.campaignId().value(), position, opened);
    }

    @EventHandler
    void on(NominationRoundClosed closed, TrackingToken token) {
        foldExisting(closed.campaignId().value(), Positions.of(token), closed);
    }

    @EventHandler
    void on(IllustrativeTalliesDeclared declared, TrackingToken token) {
        foldExisting(declared.campaignId().value(), Positions.of(token), declared);
    }

    @EventHandler
    void on(CommendationDecided decided, TrackingToken token) {
        linked(decided.roundId().value()).ifPresent(campaignId -> decision(decided.decisionId().value(), campaignId,
                                                                          Positions.of(token), decided));
    }

    @EventHandler
    void on(AppointmentDecided decided, TrackingToken token) {
        // An appointment joins the year it was signed in: the 2023 head is appointed at the 2022 conference.
        decision(decided.decisionId().value(), CampaignId.of(decided.clusterId(), decided.signedOn().getYear()).value(),
                 Positions.of(token), decided);
    }

    @EventHandler
    void on(AwardRevoked revoked, TrackingToken token) {
        linked(revoked.decisionId().value()).ifPresent(campaignId -> foldExisting(campaignId, Positions.of(token), revoked));
    }

    @ResetHandler
    void reset() {
        views.clear();
    }

    private void decision(String decisionId, String campaignId, long position, Object event) {
        if (summaries().find(campaignId).isPresent()) {
            views.links().fold(decisionId, position, link -> new SummaryLink(campaignId));
            foldExisting(campaignId, position, event);
        }
    }

    private Optional<String> linked(String aggregateId) {
        return views.links().find(aggregateId).map(link -> link.view().campaignId());
    }

    /** Only a launch creates a summary; events of a year without one (not launched yet) have nothing to join. */
    private void foldExisting(String summaryId, long position, Object event) {
        if (summaries().find(summaryId).isPresent()) {
            summaries().fold(summaryId, position, state -> YearSummaryFold.apply(state, event));
        }
    }

    private static YearSummaryState withYear(YearSummaryState template, int year) {
        List<Integer> years = new ArrayList<>(template.years());
        if (!years.contains(year)) {
            years.add(year);
        }
        return new YearSummaryState(template.clusterId(), template.clusterName(), template.year(), template.memberships(),
                                    template.leadership(), template.campaign(), template.pledges(), template.covenant(),
                                    template.ranking(), template.rounds(), template.decisions(), template.closing(),
                                    years, template.contributors(), template.handovers(), template.conference(),
                                    template.illustrative());
    }

    private ViewStore<YearSummaryState> summaries() {
        return views.summaries();
    }
}
