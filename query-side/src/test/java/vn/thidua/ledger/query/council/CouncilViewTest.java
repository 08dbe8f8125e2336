package vn.thidua.ledger.query.council;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.query.council.CouncilRoster.Sitting;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.testsupport.ProjectorFeed;
import vn.thidua.ledger.query.view.Versioned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.SECRETARIAT_UNIT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

/**
 * The council view over real collections: the roster of any day with its decisions, the threshold in force as the
 * council aggregate reads it, and a view that redelivery, batching and a replay leave byte-identical.
 */
class CouncilViewTest {

    private static final CouncilId COUNCIL = new CouncilId("btp-hdtdkt");
    private static final UnitRef MINISTRY = new UnitRef(new UnitId("btp"), "Bộ Tư pháp");
    private static final LocalDate ESTABLISHED = LocalDate.of(2024, 1, 2);
    private static final LocalDate RELIEVED = LocalDate.of(2024, 5, 1);
    private static final LocalDate APPOINTED = LocalDate.of(2024, 7, 1);

    private static final CouncilMember CHAIR = member("hd-chu-tich", "Chủ tịch (minh họa)", SECRETARIAT_UNIT, CouncilRole.CHAIR);
    private static final CouncilMember STANDING = member("hd-thuong-truc", "Ủy viên thường trực (minh họa)",
                                                         SECRETARIAT_UNIT, CouncilRole.STANDING_MEMBER);
    private static final CouncilMember HTQT_MEMBER = member("hd-htqt", "Ủy viên Vụ HTQT (minh họa)", HTQT.unit(),
                                                            CouncilRole.MEMBER);
    private static final CouncilMember THADS_MEMBER = member("hd-thads", "Ủy viên Tổng cục THADS (minh họa)",
                                                             THADS.unit(), CouncilRole.MEMBER);
    private static final CouncilMember CVDCXDPL_MEMBER = member("hd-cvdcxdpl", "Ủy viên Vụ CVĐCXDPL (minh họa)",
                                                                CVDCXDPL.unit(), CouncilRole.MEMBER);

    private final MemoryMongo mongo = new MemoryMongo();
    private final MemoryMongo otherNode = new MemoryMongo();

    @AfterEach
    void close() {
        mongo.close();
        otherNode.close();
    }

    private static CouncilMember member(String voterId, String name, UnitRef unit, CouncilRole role) {
        return new CouncilMember(new VoterId(voterId), name, unit, role);
    }

    /**
     * Established with a chair, a standing member and two members; the grassroots threshold set from the start,
     * changed from 1 July twice on one day; the THADS member relieved on 1 May; the CVĐCXDPL member appointed on
     * 1 July, and the THADS member appointed again on the same day.
     */
    private static List<Object> history() {
        return List.of(
                new CouncilEstablished(COUNCIL, "Hội đồng Thi đua – Khen thưởng Bộ Tư pháp (minh họa)", MINISTRY,
                                       "MH-100/QĐ-BTP", ESTABLISHED, List.of(CHAIR, STANDING, HTQT_MEMBER, THADS_MEMBER)),
                new GrassrootsThresholdSet(COUNCIL, new BigDecimal("0.6"), "MH-101/QĐ-BTP", ESTABLISHED),
                new CouncilMemberRelieved(COUNCIL, THADS_MEMBER, "MH-120/QĐ-BTP", RELIEVED),
                new GrassrootsThresholdSet(COUNCIL, new BigDecimal("0.7"), "MH-130/QĐ-BTP", APPOINTED),
                new GrassrootsThresholdSet(COUNCIL, new BigDecimal("0.65"), "MH-131/QĐ-BTP", APPOINTED),
                new CouncilMemberAppointed(COUNCIL, CVDCXDPL_MEMBER, "MH-140/QĐ-BTP", APPOINTED),
                new CouncilMemberAppointed(COUNCIL, THADS_MEMBER, "MH-141/QĐ-BTP", APPOINTED));
    }

    private CouncilViews projected(List<Object> events) {
        CouncilViews views = new CouncilViews(mongo.database());
        new ProjectorFeed(new CouncilProjector(views)).feed(events, 1);
        return views;
    }

    private static CouncilRoster roster(CouncilViews views, LocalDate on) {
        return new CouncilRosters(views).of(COUNCIL.value(), on).orElseThrow().view();
    }

    @Test
    void onTheDayOfItsEstablishmentTheFirstMembersSitByTheEstablishingDecision() {
        CouncilRoster roster = roster(projected(history()), ESTABLISHED);

        assertThat(roster.name()).isEqualTo("Hội đồng Thi đua – Khen thưởng Bộ Tư pháp (minh họa)");
        assertThat(roster.unitName()).isEqualTo("Bộ Tư pháp");
        assertThat(roster.establishedBy()).isEqualTo("MH-100/QĐ-BTP");
        assertThat(roster.chair().name()).isEqualTo("Chủ tịch (minh họa)");
        assertThat(roster.chair().appointedBy()).isEqualTo("MH-100/QĐ-BTP");
        assertThat(roster.standingMember().voterId()).isEqualTo("hd-thuong-truc");
        assertThat(roster.members()).extracting(Sitting::voterId, Sitting::unitName, Sitting::until, Sitting::relievedBy)
                .containsExactly(tuple("hd-htqt", "Vụ Hợp tác quốc tế", null, null),
                                 tuple("hd-thads", "Tổng cục Thi hành án dân sự", RELIEVED, "MH-120/QĐ-BTP"));
        assertThat(roster.totalMembership()).isEqualTo(4);
        assertThat(roster.grassrootsThreshold().ratio()).isEqualByComparingTo("0.6");
        assertThat(roster.grassrootsThreshold().decisionNumber()).isEqualTo("MH-101/QĐ-BTP");
    }

    @Test
    void aRelievedMemberNoLongerSitsFromTheDayOfTheRelief() {
        CouncilViews views = projected(history());

        assertThat(roster(views, RELIEVED.minusDays(1)).totalMembership()).isEqualTo(4);
        CouncilRoster relieved = roster(views, RELIEVED);
        assertThat(relieved.members()).extracting(Sitting::voterId).containsExactly("hd-htqt");
        assertThat(relieved.totalMembership()).isEqualTo(3);
    }

    @Test
    void aMemberAppointedAgainHasASecondSeatWithItsOwnDecision() {
        CouncilRoster roster = roster(projected(history()), APPOINTED);

        assertThat(roster.members()).extracting(Sitting::voterId, Sitting::since, Sitting::appointedBy)
                .containsExactly(tuple("hd-htqt", ESTABLISHED, "MH-100/QĐ-BTP"),
                                 tuple("hd-cvdcxdpl", APPOINTED, "MH-140/QĐ-BTP"),
                                 tuple("hd-thads", APPOINTED, "MH-141/QĐ-BTP"));
        assertThat(roster.totalMembership()).isEqualTo(5);
    }

    @Test
    void theThresholdInForceIsTheLatestByTheDayAndOfOneDayTheLaterRecorded() {
        CouncilViews views = projected(history());

        assertThat(roster(views, APPOINTED.minusDays(1)).grassrootsThreshold().ratio()).isEqualByComparingTo("0.6");
        assertThat(roster(views, APPOINTED).grassrootsThreshold().decisionNumber()).isEqualTo("MH-131/QĐ-BTP");
        assertThat(roster(views, APPOINTED).grassrootsThreshold().ratio()).isEqualByComparingTo("0.65");
    }

    @Test
    void beforeItsEstablishmentNobodySatAndNoThresholdWasInForce() {
        CouncilRoster roster = roster(projected(history()), ESTABLISHED.minusDays(1));

        assertThat(roster.chair()).isNull();
        assertThat(roster.standingMember()).isNull();
        assertThat(roster.members()).isEmpty();
        assertThat(roster.totalMembership()).isZero();
        assertThat(roster.grassrootsThreshold()).isNull();
    }

    @Test
    void aCouncilWithoutAThresholdHasNoneAndAChairRelievedLeavesTheRoleVacant() {
        CouncilViews views = projected(List.of(history().get(0),
                new CouncilMemberRelieved(COUNCIL, CHAIR, "MH-110/QĐ-BTP", RELIEVED)));

        CouncilRoster roster = roster(views, RELIEVED);
        assertThat(roster.grassrootsThreshold()).isNull();
        assertThat(roster.chair()).isNull();
        assertThat(roster.totalMembership()).isEqualTo(3);
    }

    @Test
    void everyCouncilIsListedOnceInTheOrderEstablishedAndAnUnknownOneIsNotFound() {
        CouncilId other = new CouncilId("tcthads-hdtdkt");
        List<Object> events = new ArrayList<>(history());
        events.add(new CouncilEstablished(other, "Hội đồng Thi đua – Khen thưởng Tổng cục THADS (minh họa)",
                                          THADS.unit(), "MH-7/QĐ-TCTHADS", RELIEVED, List.of(CHAIR, STANDING)));
        CouncilViews views = projected(events);

        Versioned<List<CouncilRoster>> all = new CouncilRosters(views).all(RELIEVED);
        assertThat(all.view()).extracting(CouncilRoster::councilId, CouncilRoster::totalMembership)
                .containsExactly(tuple("btp-hdtdkt", 3), tuple("tcthads-hdtdkt", 2));
        assertThat(all.position()).isEqualTo(events.size());
        assertThat(new CouncilRosters(views).of("khong-co", RELIEVED)).isEmpty();
    }

    @Test
    void theVersionIsTheNewestPositionAmongTheCouncilsDocumentsAReliefIncluded() {
        CouncilViews views = projected(history().subList(0, 3));

        assertThat(new CouncilRosters(views).of(COUNCIL.value(), RELIEVED).orElseThrow().position()).isEqualTo(3);
    }

    @Test
    void redeliveryBatchesOfAnySizeAndAReplayGiveTheSameView() {
        CouncilViews views = projected(history());
        String checksum = views.checksum();

        ProjectorFeed projector = new ProjectorFeed(new CouncilProjector(views));
        projector.feed(history().subList(2, 6), 3);
        assertThat(views.checksum()).as("redelivered").isEqualTo(checksum);

        for (int size : List.of(1, 2, 3, history().size())) {
            projector.reset();
            assertThat(views.stores()).allSatisfy(store -> assertThat(store.count()).isZero());
            projector.feedInBatches(history(), 1, size);
            assertThat(views.checksum()).as("replayed in batches of %d", size).isEqualTo(checksum);
            projector.feedInBatches(history().subList(1, 5), 2, size);
            assertThat(views.checksum()).as("batches of %d redelivered", size).isEqualTo(checksum);
        }
    }

    @Test
    void aBatchThatWroteItsSeatsButNotItsCouncilIsCompletedByItsRedelivery() {
        CouncilViews views = projected(history());
        String reference = views.checksum();
        CouncilViews halfWritten = new CouncilViews(otherNode.database());
        ProjectorFeed projector = new ProjectorFeed(new CouncilProjector(halfWritten));
        projector.feed(history().subList(0, 5), 1);
        // The last two appointments' seats reached the store; the council counting them did not.
        CouncilRecord council = halfWritten.councils().find(COUNCIL.value()).orElseThrow().view();
        halfWritten.seats().write(CouncilViews.seatId(COUNCIL.value(), 5), 6, CouncilFold.appointed(council,
                (CouncilMemberAppointed) history().get(5)));

        projector.feed(history().subList(5, 7), 6);

        assertThat(halfWritten.checksum()).isEqualTo(reference);
    }
}
