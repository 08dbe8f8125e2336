package vn.thidua.ledger.query.summary;

import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.DraftSummaryPresented;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.campaign.SummaryCommentRecorded;
import vn.thidua.ledger.events.campaign.YearEndConferenceHeld;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.RuleVersionChosen;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.LeadershipHandedOver;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.IllustrativeTalliesDeclared;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.query.summary.YearSummaryState.Campaign;
import vn.thidua.ledger.query.summary.YearSummaryState.Closing;
import vn.thidua.ledger.query.summary.YearSummaryState.Conference;
import vn.thidua.ledger.query.summary.YearSummaryState.DecisionRow;
import vn.thidua.ledger.query.summary.YearSummaryState.Handover;
import vn.thidua.ledger.query.summary.YearSummaryState.Illustrative;
import vn.thidua.ledger.query.summary.YearSummaryState.IllustrativeTallies;
import vn.thidua.ledger.query.summary.YearSummaryState.Leadership;
import vn.thidua.ledger.query.summary.YearSummaryState.Member;
import vn.thidua.ledger.query.summary.YearSummaryState.OwnPledge;
import vn.thidua.ledger.query.summary.YearSummaryState.Pledge;
import vn.thidua.ledger.query.summary.YearSummaryState.PledgeTally;
import vn.thidua.ledger.query.summary.YearSummaryState.Ranking;
import vn.thidua.ledger.query.summary.YearSummaryState.Round;
import vn.thidua.ledger.query.summary.YearSummaryState.RuleVersionChoice;
import vn.thidua.ledger.query.summary.YearSummaryState.Signature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year summary as a pure fold over the events of the cluster, its campaign, the campaign's rounds and the
 * decisions on them: the live projector, a rebuild and an as-of read all use it. An event that does not belong
 * to the summary's year (another campaign's round, a decision on another round) leaves it unchanged, so a caller
 * may feed it more than it needs.
 */
public final class YearSummaryFold {

    private YearSummaryFold() {
    }

    /** For any event but a pledge's amendment or withdrawal, which need the registrant's pledge: see below. */
    public static YearSummaryState apply(YearSummaryState state, Object event) {
        return apply(state, event, null);
    }

    /**
     * @param before the registrant's active pledge before {@code event} ({@link #pledgeAfter}), for a pledge event;
     *               ignored for the others
     */
    public static YearSummaryState apply(YearSummaryState state, Object event, Pledge before) {
        Draft draft = new Draft(state);
        if (!draft.apply(event, before)) {
            return state;
        }
        return draft.freeze();
    }

    /** The registrant's active pledge after a pledge event ({@code null}: none, withdrawn). */
    public static Pledge pledgeAfter(Pledge before, Object event) {
        if (event instanceof PledgeRegistered registered) {
            return new Pledge(registered.kind().name(), registered.unit().id().value(), registered.unit().name(),
                              registered.staffCount());
        }
        if (event instanceof PledgeAmended amended) {
            return before == null ? null : new Pledge(before.kind(), before.unitId(), before.unitName(),
                    amended.staffCount() != null ? amended.staffCount() : before.staffCount());
        }
        return event instanceof PledgeWithdrawn ? null : before;
    }

    /**
     * The fold over events in memory, the registrants' pledges kept beside the state: an as-of read and the tests.
     * The live projector keeps the same pledges in documents of their own.
     */
    public static final class InMemory {
        private final Map<String, Pledge> pledges = new HashMap<>();
        private YearSummaryState state;

        public InMemory(YearSummaryState start) {
            this.state = start;
        }

        public YearSummaryState apply(Object event) {
            if (event instanceof PledgeEvent pledge) {
                String registrant = pledge.campaignId().value() + ":" + pledge.registrantId().value();
                Pledge before = pledges.get(registrant);
                state = YearSummaryFold.apply(state, event, before);
                Pledge after = pledgeAfter(before, event);
                if (after == null) {
                    pledges.remove(registrant);
                } else {
                    pledges.put(registrant, after);
                }
            } else {
                state = YearSummaryFold.apply(state, event);
            }
            return state;
        }

        public YearSummaryState state() {
            return state;
        }
    }

    /** A mutable copy of the state for one step, so each event handler changes only what it is about. */
    private static final class Draft {
        private final YearSummaryState s;
        private String clusterName;
        private Integer year;
        private final List<Member> memberships;
        private final List<Leadership> leadership;
        private Campaign campaign;
        private final Map<String, PledgeTally> pledges;
        private final List<Signature> covenant;
        private Ranking ranking;
        private final List<Round> rounds;
        private final List<DecisionRow> decisions;
        private Closing closing;
        private List<Integer> years;
        private final List<String> contributors;
        private final List<Handover> handovers;
        private Conference conference;
        private Illustrative illustrative;

        Draft(YearSummaryState s) {
            this.s = s;
            clusterName = s.clusterName();
            year = s.year();
            memberships = new ArrayList<>(s.memberships());
            leadership = new ArrayList<>(s.leadership());
            campaign = s.campaign();
            pledges = new TreeMap<>(s.pledges());
            covenant = new ArrayList<>(s.covenant());
            ranking = s.ranking();
            rounds = new ArrayList<>(s.rounds());
            decisions = new ArrayList<>(s.decisions());
            closing = s.closing();
            years = s.years();
            contributors = new ArrayList<>(s.contributors());
            handovers = new ArrayList<>(s.handovers());
            conference = s.conference();
            illustrative = s.illustrative();
        }

        YearSummaryState freeze() {
            return new YearSummaryState(s.clusterId(), clusterName, year, memberships, leadership, campaign, pledges,
                                        covenant, ranking, rounds, decisions, closing, years, contributors, handovers,
                                        conference, illustrative);
        }

        /** @return false when the event is not part of this summary */
        boolean apply(Object event, Pledge before) {
            return cluster(event) || campaign(event) || pledge(event, before) || round(event) || decision(event);
        }

        private boolean cluster(Object event) {
            if (event instanceof ClusterFormed formed && ofCluster(formed.clusterId().value())) {
                clusterName = formed.name();
                formed.units().forEach(unit -> memberships.add(member(unit, formed.firstYear())));
            } else if (event instanceof UnitAdmitted admitted && ofCluster(admitted.clusterId().value())) {
                memberships.add(member(admitted.unit(), admitted.year()));
            } else if (event instanceof UnitWithdrawn withdrawn && ofCluster(withdrawn.clusterId().value())) {
                memberships.replaceAll(m -> m.unitId().equals(withdrawn.unit().id().value()) && m.untilYear() == null
                        ? new Member(m.unitId(), m.unitName(), m.fromYear(), withdrawn.year()) : m);
            } else if (event instanceof LeadershipAppointed appointed && ofCluster(appointed.clusterId().value())) {
                leadership.removeIf(l -> l.year() == appointed.year());
                leadership.add(new Leadership(appointed.year(), appointed.head().id().value(), appointed.head().name(),
                                              appointed.deputyHead().id().value(), appointed.deputyHead().name(),
                                              appointed.decisionNumber()));
                leadership.sort(Comparator.comparingInt(Leadership::year));
            } else if (event instanceof LeadershipHandedOver handedOver && ofCluster(handedOver.clusterId().value())) {
                handovers.removeIf(h -> h.year() == handedOver.year());
                handovers.add(new Handover(handedOver.year(), handedOver.outgoingHead().name(),
                                           handedOver.incomingHead().name(), handedOver.handedOverOn()));
                handovers.sort(Comparator.comparingInt(Handover::year));
            } else {
                return false;
            }
            return true;
        }

        private boolean campaign(Object event) {
            if (event instanceof CampaignLaunched launched && ofCluster(launched.clusterId().value()) && year == null) {
                // The launch turns the cluster's facts into this year's summary: from now on it has a year.
                year = launched.year();
                years = List.of();
                campaign = new Campaign(launched.campaignId().value(), launched.name(), launched.launchedOn(),
                                        launched.ruleSetId(), launched.ruleSetVersion(), null);
                clusterName = launched.clusterName();
                contribute(launched.campaignId().value());
            } else if (event instanceof RuleVersionChosen chosen && ofCampaign(chosen.campaignId().value())) {
                campaign = new Campaign(campaign.campaignId(), campaign.name(), campaign.launchedOn(), chosen.ruleSetId(),
                                        chosen.ruleSetVersion(), new RuleVersionChoice(chosen.basis().name(),
                                                                                       chosen.referenceDate(), chosen.reason()));
            } else if (event instanceof CovenantSigned signed && ofCampaign(signed.campaignId().value())) {
                covenant.removeIf(sig -> sig.unitId().equals(signed.unit().id().value()));
                covenant.add(new Signature(signed.unit().id().value(), signed.unit().name(), signed.signedOn()));
            } else if (event instanceof RankingPublished published && ofCampaign(published.campaignId().value())) {
                ranking = new Ranking(published.method().name(), published.rule(), published.ranking().stream()
                        .map(r -> new Ranking.Row(r.rank(), r.unit().id().value(), r.unit().name(), r.total())).toList());
            } else if (event instanceof CampaignClosed closed && ofCampaign(closed.campaignId().value())) {
                closing = new Closing(closed.closedOn(), closed.summary());
            } else if (event instanceof IllustrativeFiguresDeclared declared && ofCampaign(declared.campaignId().value())) {
                illustrative = illustrative(declared);
            } else {
                return conference(event);
            }
            return true;
        }

        /** A later declaration adds its figures to the earlier ones and its note is the latest word. */
        private Illustrative illustrative(IllustrativeFiguresDeclared declared) {
            EnumSet<IllustrativeFigure> figures = EnumSet.copyOf(declared.figures());
            if (illustrative != null) {
                figures.addAll(illustrative.figures());
            }
            return new Illustrative(List.copyOf(figures), declared.note(), IllustrativeFigure.LABEL);
        }

        private boolean conference(Object event) {
            if (event instanceof YearEndConferenceHeld held && ofCampaign(held.campaignId().value())) {
                conference = new Conference(held.heldOn(), held.chairedBy(), null, List.of());
            } else if (event instanceof DraftSummaryPresented presented && ofCampaign(presented.campaignId().value())
                    && conference != null) {
                conference = new Conference(conference.heldOn(), conference.chairedBy(),
                                            new Conference.Draft(presented.presentedBy(), presented.draft()),
                                            conference.comments());
            } else if (event instanceof SummaryCommentRecorded recorded && ofCampaign(recorded.campaignId().value())
                    && conference != null) {
                List<Conference.Comment> comments = new ArrayList<>(conference.comments());
                // At-least-once delivery: a comment seen again replaces itself rather than being counted twice.
                comments.removeIf(c -> c.number() == recorded.number());
                comments.add(new Conference.Comment(recorded.number(), recorded.commentedBy().id().value(),
                                                    recorded.commentedBy().name(), recorded.comment()));
                comments.sort(Comparator.comparingInt(Conference.Comment::number));
                conference = new Conference(conference.heldOn(), conference.chairedBy(), conference.draft(), comments);
            } else {
                return false;
            }
            return true;
        }

        private boolean pledge(Object event, Pledge before) {
            if (!(event instanceof PledgeEvent pledge) || !ofCampaign(pledge.campaignId().value())
                    || (event instanceof PledgeAmended && before == null)) {
                return false;
            }
            String registrantId = pledge.registrantId().value();
            count(registrantId, before, -1);
            count(registrantId, pledgeAfter(before, event), +1);
            return true;
        }

        private void count(String registrantId, Pledge pledge, int delta) {
            if (pledge == null) {
                return;
            }
            PledgeTally tally = pledges.getOrDefault(pledge.unitId(), PledgeTally.NONE);
            int individuals = tally.individuals();
            List<OwnPledge> own = new ArrayList<>(tally.own());
            if (pledge.kind().equals(RegistrantKind.INDIVIDUAL.name())) {
                individuals += delta;
            } else if (delta > 0) {
                own.add(new OwnPledge(registrantId, pledge.staffCount()));
                own.sort(Comparator.comparing(OwnPledge::registrantId));
            } else {
                own.removeIf(o -> o.registrantId().equals(registrantId));
            }
            PledgeTally next = new PledgeTally(individuals, own);
            if (next.isEmpty()) {
                pledges.remove(pledge.unitId());
            } else {
                pledges.put(pledge.unitId(), next);
            }
        }

        private boolean round(Object event) {
            if (event instanceof NominationRoundOpened opened && ofCampaign(opened.campaignId().value())) {
                rounds.add(new Round(opened.roundId().value(), opened.title().name(), opened.title().vietnameseName(),
                                     opened.rule().body().name(), opened.rule().ballot().name(), opened.candidates().size(),
                                     opened.rule().rule(), opened.openedOn(), null, List.of(), null, null, null));
                contribute(opened.roundId().value());
            } else if (event instanceof NominationRoundClosed closed && ofCampaign(closed.campaignId().value())) {
                List<String> winners = closed.results().stream().filter(r -> r.outcome() == CandidateOutcome.ELECTED)
                                             .map(CandidateResult::name).toList();
                rounds.replaceAll(r -> r.roundId().equals(closed.roundId().value())
                        ? new Round(r.roundId(), r.title(), r.titleName(), r.votingBody(), r.ballot(), r.candidates(),
                                    r.rule(), r.openedOn(), closed.closedOn(), winners, closed.quorumMet(), closed.tieAtCap(),
                                    r.illustrative())
                        : r);
            } else if (event instanceof IllustrativeTalliesDeclared declared && ofCampaign(declared.campaignId().value())) {
                IllustrativeTallies tallies = new IllustrativeTallies(declared.note(), IllustrativeFigure.LABEL);
                rounds.replaceAll(r -> r.roundId().equals(declared.roundId().value()) ? r.withIllustrative(tallies) : r);
            } else {
                return false;
            }
            return true;
        }

        private boolean decision(Object event) {
            if (event instanceof CommendationDecided decided
                    && rounds.stream().anyMatch(r -> r.roundId().equals(decided.roundId().value()))) {
                decisions.add(new DecisionRow(decided.decisionId().value(), decided.decisionNumber(), decided.kind().name(),
                                              decided.title().vietnameseName(), decided.signedOn(),
                                              decided.recipients().stream().map(Recipient::name).toList(), null));
                contribute(decided.decisionId().value());
            } else if (event instanceof AppointmentDecided decided && ofCluster(decided.clusterId().value())
                    && year != null && decided.signedOn().getYear() == year) {
                decisions.add(new DecisionRow(decided.decisionId().value(), decided.decisionNumber(), "APPOINTMENT", null,
                                              decided.signedOn(), List.of(decided.head().name(), decided.deputyHead().name()),
                                              "Trưởng Cụm, Phó Trưởng Cụm năm " + decided.year()));
                contribute(decided.decisionId().value());
            } else if (event instanceof AwardRevoked revoked && contributors.contains(revoked.decisionId().value())) {
                decisions.add(new DecisionRow(revoked.decisionId().value(), revoked.revocationDecisionNumber(), "REVOCATION",
                                              revoked.title().vietnameseName(), revoked.revokedOn(),
                                              List.of(revoked.recipient().name()),
                                              revoked.ground() + ": " + revoked.reason() + " (thu hồi theo quyết định "
                                                      + revoked.decisionNumber() + ")"));
            } else {
                return false;
            }
            return true;
        }

        private boolean ofCluster(String clusterId) {
            return s.clusterId().equals(clusterId);
        }

        private boolean ofCampaign(String campaignId) {
            return campaign != null && campaign.campaignId().equals(campaignId);
        }

        private void contribute(String aggregateId) {
            if (!contributors.contains(aggregateId)) {
                contributors.add(aggregateId);
            }
        }

        private static Member member(UnitRef unit, int fromYear) {
            return new Member(unit.id().value(), unit.name(), fromYear, null);
        }
    }
}
