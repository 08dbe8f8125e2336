package vn.thidua.ledger.query.asof;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.query.asof.AsOfFixture.Stored;
import vn.thidua.ledger.query.nomination.RoundHistory;
import vn.thidua.ledger.query.ranking.RankingHistory;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Member;
import vn.thidua.ledger.query.view.EventFacts;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewJson;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.Criteria2022.BONUS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBER_UNITS;
import static vn.thidua.ledger.fixtures.Criteria2022.MOVEMENT;
import static vn.thidua.ledger.fixtures.Criteria2022.PENALTY;
import static vn.thidua.ledger.query.fixtures.ClusterIv.adjusted;
import static vn.thidua.ledger.query.fixtures.ClusterIv.launched;
import static vn.thidua.ledger.query.fixtures.ClusterIv.selfAssessed;

/**
 * Requirement: a checkpointed as-of read answers exactly what a fold of the aggregate's events from the start
 * answers. A test year of Cụm IV: a campaign with about 800 events (scores, adjustments, pledges the ranking does
 * not take, commits of 1 to 5 events so that commits straddle bucket ends) and a nomination round voting in between,
 * indexed in small chunks with a checkpoint every 8 events; compared at every global position and 300 random
 * instants, JSON and ETag position alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckpointedAsOfEqualsFullFoldTest {

    private static final Instant START = Instant.parse("2022-02-15T02:00:00Z");
    private static final List<Criterion> CRITERIA = List.of(DUTIES, MOVEMENT, BONUS, PENALTY);
    private static final ClusterIv2022Events YEAR = ClusterIv2022Events.CANONICAL;

    private final RankingHistory ranking = new RankingHistory();
    private final RoundHistory round = new RoundHistory();
    private final AsOfFixture fixture = new AsOfFixture(16, 8, List.of(ranking, round));
    private final JsonMapper json = ViewJson.mapper();
    private final Random random = new Random(2022);
    private final String roundId = Conference2022.FLAG_ROUND.value();
    private final Map<String, List<Optional<Versioned<String>>>> prefixes = new HashMap<>();
    private Instant end;

    @BeforeAll
    void recordTheYear() {
        end = record(fixture, new Random(2022), false);
    }

    /**
     * The year's commits, the same for the same seed; with {@code restarting}, the stream index's projector starts
     * afresh before each commit, so that every checkpoint is folded from its events and its predecessor read back.
     */
    private Instant record(AsOfFixture into, Random seeded, boolean restarting) {
        Instant at = START;
        into.commit(CAMPAIGN.value(), at, launched());
        for (int i = 0; i < 300; i++) {
            at = at.plus(Duration.ofMinutes(1 + seeded.nextInt(600)));
            if (restarting) {
                into.restart();
            }
            if (i == 150) {
                into.commit(roundId, at, YEAR.conference().flagRoundOpened());
            } else if (i > 150 && i % 7 == 0 && into.stored(roundId).size() < 60) {
                into.commit(roundId, at, ballot(i));
            }
            into.commit(CAMPAIGN.value(), at, campaignCommit(i, seeded));
        }
        at = at.plusSeconds(60);
        into.commit(roundId, at, YEAR.conference().flagRoundClosed());
        into.commit(CAMPAIGN.value(), at,
                    new CampaignClosed(CAMPAIGN, 2022, "Tổng kết (minh họa)", LocalDate.of(2022, 12, 9)));
        return at;
    }

    /**
     * A checkpoint is folded on from the one saved last, kept in memory, or after a restart from the one stored, read
     * back from its JSON; and from the events the projector holds, or read back. Either way the same checkpoints.
     */
    @Test
    void theCheckpointsAreTheSameWhetherKeptInMemoryOrReadBackAtEveryCommit() {
        try (AsOfFixture restarted = new AsOfFixture(16, 8, List.of(ranking, round))) {
            record(restarted, new Random(2022), true);

            assertThat(restarted.eventReads).isGreaterThan(100);
            assertThat(restarted.checkpoints.checksum()).isEqualTo(fixture.checkpoints.checksum());
        }
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Test
    void atEveryPositionOfTheYearTheCheckpointedReadIsTheFullFold() {
        assertThat(fixture.checkpoints.count()).isGreaterThan(100);
        assertThat(fixture.mongo.database().getCollection(FoldCheckpoints.NAME).countDocuments(
                com.mongodb.client.model.Filters.exists("in"))).as("checkpoints referring back").isGreaterThan(5);
        for (long position = -1; position <= fixture.head() + 1; position++) {
            AsOf asOf = new AsOf.Position(position);
            assertSame(asOf, CAMPAIGN.value(), ranking);
            assertSame(asOf, roundId, round);
        }
    }

    @Test
    void atRandomInstantsTheCheckpointedReadIsTheFullFold() {
        long span = Duration.between(START, end).getSeconds();
        List<Instant> instants = new ArrayList<>(List.of(START.minusSeconds(1), START, end, end.plusSeconds(1)));
        for (int i = 0; i < 300; i++) {
            instants.add(START.plusSeconds((long) (random.nextDouble() * span)));
        }
        instants.forEach(instant -> {
            assertSame(new AsOf.At(instant), CAMPAIGN.value(), ranking);
            assertSame(new AsOf.At(instant), roundId, round);
        });
    }

    private <V, E> void assertSame(AsOf asOf, String aggregateId, FoldedView<V, E> view) {
        Optional<Versioned<V>> checkpointed = fixture.reader.fold(asOf, aggregateId, view);
        Optional<Versioned<String>> full = fullFold(asOf, aggregateId, view);
        assertThat(checkpointed.map(v -> new Versioned<>(json.writeValueAsString(v.view()), v.position())))
                .as("%s of %s as of %s", view.name(), aggregateId, asOf).isEqualTo(full);
    }

    /**
     * The reference: every event of the aggregate from sequence 0 up to the first one the cut leaves out, folded in
     * a plain loop (as JSON, and the position of the last change).
     */
    private <V, E> Optional<Versioned<String>> fullFold(AsOf asOf, String aggregateId, FoldedView<V, E> view) {
        List<Optional<Versioned<String>>> prefixes = this.prefixes.computeIfAbsent(aggregateId, id -> prefixes(id, view));
        int included = 0;
        for (Stored event : fixture.stored(aggregateId)) {
            if (!asOf.includes(new StreamIndex.Entry(event.message().getSequenceNumber(), event.globalIndex(),
                                                     event.message().getTimestamp()))) {
                break;
            }
            included++;
        }
        return prefixes.get(included);
    }

    /** The fold of the first n events, for every n, computed once. */
    private <V, E> List<Optional<Versioned<String>>> prefixes(String aggregateId, FoldedView<V, E> view) {
        List<Optional<Versioned<String>>> prefixes = new ArrayList<>(List.of(Optional.empty()));
        V state = null;
        long position = -1;
        for (Stored event : fixture.stored(aggregateId)) {
            if (view.eventType().isInstance(event.message().getPayload())) {
                V next = view.apply(state, view.eventType().cast(event.message().getPayload()),
                                    EventFacts.of(event.message(), event.globalIndex()));
                if (next != state) {
                    state = next;
                    position = event.globalIndex();
                }
            }
            prefixes.add(state == null ? Optional.empty()
                                       : Optional.of(new Versioned<>(json.writeValueAsString(state), position)));
        }
        return prefixes;
    }

    /**
     * 1 to 5 events: self-assessments, reviewer adjustments, pledges (not ranking events) in one commit; in a stretch
     * of pledges only, the ranking's checkpoints refer back to the last one that changed it.
     */
    private Object[] campaignCommit(int i, Random random) {
        int size = 1 + random.nextInt(5);
        Object[] events = new Object[size];
        for (int e = 0; e < size; e++) {
            if (i >= 200 && i < 240) {
                events[e] = YEAR.staffPledge(MEMBERS.get(e % MEMBERS.size()), pledgeNumber(i, e));
                continue;
            }
            Member member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            UnitRef unit = member.unit();
            Criterion criterion = CRITERIA.get(random.nextInt(CRITERIA.size()));
            String points = BigDecimal.valueOf(random.nextInt(Math.min(10, criterion.maxPoints().intValue()) * 2 + 1), 1)
                                      .toPlainString();
            events[e] = switch (random.nextInt(4)) {
                case 0 -> adjusted(unit, criterion, "0", points, "Điều chỉnh " + i + " (minh họa)");
                case 1 -> YEAR.staffPledge(member, pledgeNumber(i, e));
                default -> selfAssessed(unit, criterion, points);
            };
        }
        return events;
    }

    /** A commit holds at most five events: the i-th commit's e-th pledge has a number of its own. */
    private static int pledgeNumber(int i, int e) {
        return i * 5 + e + 1;
    }

    private static OpenBallotCast ballot(int i) {
        UnitRef voter = MEMBER_UNITS.get(i % MEMBER_UNITS.size());
        return new OpenBallotCast(Conference2022.FLAG_ROUND, new VoterId(voter.id().value()), voter.name(),
                                  List.of(new RegistrantId(ClusterIv2022.THADS.id())),
                                  LocalDate.of(2022, 12, 9));
    }
}
