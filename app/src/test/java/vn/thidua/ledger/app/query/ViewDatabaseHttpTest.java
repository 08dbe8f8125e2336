package vn.thidua.ledger.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.axon.EventStoreConfiguration;
import vn.thidua.ledger.app.idempotency.IdempotencyStore;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.query.asof.FoldCheckpoints;
import vn.thidua.ledger.query.view.ViewDatabase;
import vn.thidua.ledger.query.view.ViewRegistry;

/**
 * Derived data lives in the views database, the ledger in its own: the embedded store commits the views lazily and
 * in a file of their own (DurableH2Backend), so a view's collection in the ledger's database would be committed per
 * write, and one of the ledger's in the views database would not be in the file before its reply.
 */
@HttpTest
class ViewDatabaseHttpTest {

    @Autowired
    MongoDatabase ledger;

    @Autowired
    @ViewDatabase
    MongoDatabase views;

    @Autowired
    ViewRegistry registry;

    @Autowired
    EventStore eventStore;

    @Test
    void everyViewsCollectionAndTheTokensAreInTheViewsDatabaseAndNoneInTheLedgers() {
        List<String> derived = new ArrayList<>(registry.all().stream()
                                                       .flatMap(view -> view.collections().stream()).toList());
        derived.add(EventStoreConfiguration.TRACKING_TOKENS);
        assertThat(views.getName()).isNotEqualTo(ledger.getName());
        aYearThatEveryViewFolds();

        // the fold checkpoints are written only once an aggregate has 500 events: no collection yet, in either database
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(views.listCollectionNames()
                .into(new ArrayList<>()))
                .containsAll(derived.stream().filter(name -> !name.equals(FoldCheckpoints.NAME)).toList()));
        assertThat(ledger.listCollectionNames().into(new ArrayList<>())).doesNotContainAnyElementsOf(derived);
    }

    /**
     * One event for each view at least, so that the test holds run alone: a view creates its collections with its
     * first write, and the test awaits every view's.
     */
    private void aYearThatEveryViewFolds() {
        ClusterIv2022Events year = ClusterIv2022Events.underCluster("vdb-cum-iv");
        Conference2022Events conference = year.conference();
        String campaign = year.campaign().value();
        EventFeed feed = new EventFeed(eventStore);
        feed.publish("EmulationCluster", year.cluster().value(), year.formed(), EventFeed.secretariat("Thành lập cụm"));
        feed.publish("Campaign", campaign, year.launched(), EventFeed.secretariat("Phát động"));
        PledgeRegistered pledge = year.staffPledge(HTQT, 1);
        feed.publish("Campaign", campaign, pledge, EventFeed.secretariat("Đăng ký"));
        // moved by the secretariat to another unit: its registration stays behind as a former one
        PledgeRegistered moved = new PledgeRegistered(pledge.campaignId(), pledge.year(), pledge.registrantId(),
                pledge.registrantName(), pledge.kind(), THADS.unit(), null, pledge.titles(), pledge.registeredOn());
        feed.publish("Campaign", campaign, moved, EventFeed.secretariat("Chuyển đơn vị"));
        feed.publish("Campaign", campaign, year.ranking(), EventFeed.secretariat("Công bố xếp hạng"));
        feed.publish("NominationRound", conference.flagRound().value(), conference.flagRoundOpened(BallotKind.SECRET),
                     EventFeed.secretariat("Mở đợt bình xét"));
        feed.publish("Decision", "vdb-quyet-dinh", conference.commendation("vdb-02/TTr", CommendationKind.PROPOSAL,
                     ClusterIv2022.CONFERENCE, HTQT), EventFeed.secretariat("Tờ trình"));
        CouncilId council = new CouncilId("vdb-hoi-dong");
        CouncilMember chair = new CouncilMember(new VoterId("vdb-chu-tich"), "Chủ tịch Hội đồng (minh họa)",
                                                ClusterIv2022.SECRETARIAT_UNIT, CouncilRole.CHAIR);
        LocalDate established = LocalDate.of(2022, 1, 10);
        feed.publish("Council", council.value(), new CouncilEstablished(council, "Hội đồng Thi đua – Khen thưởng",
                     ClusterIv2022.SECRETARIAT_UNIT, "vdb-01/QĐ", established, List.of(chair)),
                     EventFeed.secretariat("Thành lập Hội đồng"));
        feed.publish("Council", council.value(), new GrassrootsThresholdSet(council, new BigDecimal("0.15"),
                     "vdb-02/QĐ", established), EventFeed.secretariat("Tỷ lệ"));
    }

    @Test
    void theLedgersCollectionsAreInTheLedgersDatabase() {
        assertThat(views.listCollectionNames().into(new ArrayList<>()))
                .doesNotContain(MongoEventStorageEngine.COMMITS_COLLECTION, "eventSnapshots", "eventCounters",
                                IdempotencyStore.COLLECTION, "roundKeys");
    }
}
