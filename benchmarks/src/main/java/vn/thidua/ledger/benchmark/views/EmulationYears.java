package vn.thidua.ledger.benchmark.views;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Synthetic emulation years, shaped like the domain's (illustrative names and figures): one cluster of
 * {@value #UNITS} units per year, each unit registering itself and {@value #STAFF} staff (a few amend or withdraw),
 * signing the covenant, self-assessing {@value #CRITERIA} criteria (some adjusted), a published ranking, a flag
 * round and its proposal, the closing. About 4,400 events a year, appended one per commit as the command side does.
 * Public for {@code AuditEntryBenchmark}, which sits in the audit view's package.
 */
public final class EmulationYears {

    static final int UNITS = 20;
    static final int STAFF = 200;
    static final int CRITERIA = 5;
    private static final RuleReference RULE = new RuleReference("btp-thidua", 1, "R8", "Quy chế cụm (minh họa)");

    private final EventStore eventStore;
    private final Map<String, Long> sequences = new HashMap<>();
    private int years;

    public EmulationYears(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Appends whole years until the store holds at least {@code events} events; returns how many it holds. */
    public long fillTo(long events, long held) {
        long count = held;
        while (count < events) {
            count += appendYear(years++);
        }
        return count;
    }

    private long appendYear(int index) {
        ClusterId cluster = new ClusterId("bench-cum-" + (index / 2));
        int year = 2022 + index % 2;
        CampaignId campaign = CampaignId.of(cluster, year);
        List<UnitRef> units = IntStream.range(0, UNITS)
                .mapToObj(u -> new UnitRef(new UnitId(cluster.value() + "-dv-" + u), "Đơn vị " + u + " (minh họa)"))
                .toList();
        long before = appended();
        String clusterName = "Cụm thi đua " + cluster.value() + " (minh họa)";
        if (year == 2022) {
            append("EmulationCluster", cluster.value(), new ClusterFormed(cluster, clusterName, 2022, units));
        }
        append("EmulationCluster", cluster.value(), new LeadershipAppointed(cluster, clusterName, year, units.get(0),
                units.get(1), DecisionId.of(year, index + "/QĐ-BTP"), index + "/QĐ-BTP"));
        List<Criterion> criteria = IntStream.range(0, CRITERIA).mapToObj(c -> new Criterion(new CriterionId("tc-" + c),
                "Tiêu chí " + c, CriterionKind.SCORED, BigDecimal.valueOf(20))).toList();
        String c = campaign.value();
        LocalDate launchedOn = LocalDate.of(year, 2, 15);
        append("Campaign", c, new CampaignLaunched(campaign, cluster, clusterName, year, "Phong trào thi đua năm " + year,
                new ScoringScheme(criteria), units, "btp-thidua", 1, launchedOn));
        for (UnitRef unit : units) {
            append("Campaign", c, new PledgeRegistered(campaign, year, new RegistrantId(unit.id().value()), unit.name(),
                    RegistrantKind.UNIT, unit, STAFF, List.of(Title.EXCELLENT_COLLECTIVE), launchedOn.plusDays(10)));
        }
        for (int person = 0; person < STAFF; person++) {
            for (UnitRef unit : units) {
                RegistrantId id = new RegistrantId(unit.id().value() + "-cb-" + person);
                String name = "Công chức " + person + " (minh họa)";
                append("Campaign", c, new PledgeRegistered(campaign, year, id, name, RegistrantKind.INDIVIDUAL, unit,
                        null, List.of(Title.ADVANCED_WORKER), launchedOn.plusDays(12)));
                if (person % 33 == 0) {
                    append("Campaign", c, new PledgeAmended(campaign, year, id, name, null,
                            List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER), launchedOn.plusDays(20)));
                }
                if (person % 50 == 7) {
                    append("Campaign", c, new PledgeWithdrawn(campaign, year, id, name, "Chuyển công tác (minh họa)",
                            launchedOn.plusDays(90)));
                }
            }
        }
        List<RankedUnit> ranking = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            UnitRef unit = units.get(u);
            append("Campaign", c, new CovenantSigned(campaign, year, unit, launchedOn.plusDays(30)));
            List<CriterionScore> scores = new ArrayList<>();
            for (Criterion criterion : criteria) {
                BigDecimal points = BigDecimal.valueOf(15 + (u + criterion.criterionId().value().length()) % 5);
                append("Campaign", c, new ScoreSelfAssessed(campaign, year, unit, criterion.criterionId(),
                        criterion.name(), points, criterion.maxPoints()));
                scores.add(new CriterionScore(criterion.criterionId(), criterion.name(), criterion.kind(), points));
            }
            if (u % 4 == 0) {
                Criterion first = criteria.get(0);
                BigDecimal previous = scores.get(0).points();
                append("Campaign", c, new ScoreAdjusted(campaign, year, unit, first.criterionId(), first.name(), previous,
                        previous.subtract(BigDecimal.ONE), "Thẩm định (minh họa)"));
            }
            BigDecimal total = scores.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            append("Campaign", c, new ScorecardFinalised(campaign, year, unit, scores, total));
            ranking.add(new RankedUnit(u + 1, unit, total, scores));
        }
        append("Campaign", c, new RankingPublished(campaign, cluster, year, ranking, RankingMethod.STANDARD_COMPETITION, RULE));
        appendRound(campaign, year, units, index);
        append("Campaign", c, new CampaignClosed(campaign, year, "Tổng kết năm " + year + " (minh họa)",
                                                 LocalDate.of(year, 12, 9)));
        return appended() - before;
    }

    private void appendRound(CampaignId campaign, int year, List<UnitRef> units, int index) {
        RoundId round = new RoundId(campaign.value() + "-co");
        LocalDate on = LocalDate.of(year, 12, 9);
        VotingRule rule = new VotingRule(RULE, VotingBody.MEMBER_UNITS, BallotKind.OPEN, new BigDecimal("0.5"),
                Comparison.MORE_THAN, ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.FLOOR, BigDecimal.ZERO, 2, false);
        List<UnitRef> winners = units.subList(0, 2);
        append("NominationRound", round.value(), new NominationRoundOpened(round, campaign, year,
                Title.SECTOR_EMULATION_FLAG, winners.stream().map(EmulationYears::candidate).toList(),
                units.stream().map(u -> new Voter(new VoterId(u.id().value()), u.name(), u)).toList(), rule, RULE, true, on));
        append("NominationRound", round.value(), new NominationRoundClosed(round, campaign, year,
                Title.SECTOR_EMULATION_FLAG, rule, UNITS, UNITS, true, winners.stream().map(u -> new CandidateResult(
                        new RegistrantId(u.id().value()), u.name(), u, UNITS, UNITS, UNITS / 2, CandidateOutcome.ELECTED))
                        .toList(), false, on));
        String number = index + "/TTr-CTĐ";
        DecisionId decision = DecisionId.of(on.getYear(), number);
        append("Decision", decision.value(), new CommendationDecided(decision, number, on, "Trưởng Cụm (minh họa)",
                CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG, year, round, RULE,
                winners.stream().map(u -> new Recipient(new RegistrantId(u.id().value()), u.name(), u)).toList(), null));
    }

    private static Candidate candidate(UnitRef unit) {
        return new Candidate(new RegistrantId(unit.id().value()), unit.name(), unit, List.of(Title.SECTOR_EMULATION_FLAG));
    }

    private void append(String type, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                MetaData.with(MetaDataKeys.PRINCIPAL, "thu-ky").and(MetaDataKeys.REASON, "benchmark")));
    }

    private long appended() {
        return sequences.values().stream().mapToLong(Long::longValue).sum();
    }
}
