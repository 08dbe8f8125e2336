package vn.thidua.ledger.query.pledge;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.query.pledge.UnitPledges.Change;
import vn.thidua.ledger.query.pledge.UnitPledges.ChangeKind;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.testsupport.CommandCounter;
import vn.thidua.ledger.query.testsupport.Interleaving;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewBatchInterceptor;
import vn.thidua.ledger.query.view.Versioned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBER_UNITS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.query.fixtures.ClusterIv.launched;

/** The pledge projector over real collections: batching, redelivery and a stale node change nothing it should not. */
class PledgeProjectorTest {

    private static final LocalDate ON = LocalDate.of(2022, 3, 1);

    private final List<MemoryMongo> servers = new ArrayList<>();

    @AfterEach
    void close() {
        servers.forEach(MemoryMongo::close);
    }

    /** A launch, the units' own pledges, 30 staff each, amendments, withdrawals and a re-registration. */
    private static List<Object> year() {
        List<Object> events = new ArrayList<>();
        CampaignLaunched launched = launched();
        events.add(launched);
        for (UnitRef unit : MEMBER_UNITS) {
            events.add(new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(unit.id().value()), unit.name(),
                                            RegistrantKind.UNIT, unit, 30, List.of(Title.EXCELLENT_COLLECTIVE), ON));
        }
        for (int person = 0; person < 30; person++) {
            for (UnitRef unit : MEMBER_UNITS) {
                RegistrantId id = new RegistrantId(unit.id().value() + "-" + person);
                events.add(new PledgeRegistered(CAMPAIGN, 2022, id, "Công chức " + person, RegistrantKind.INDIVIDUAL,
                                                unit, null, List.of(Title.ADVANCED_WORKER), ON));
                if (person % 7 == 0) {
                    events.add(new PledgeAmended(CAMPAIGN, 2022, id, "Công chức " + person, null,
                                                 List.of(Title.GRASSROOTS_EMULATION_FIGHTER), ON.plusDays(5)));
                }
                if (person % 9 == 1) {
                    events.add(new PledgeWithdrawn(CAMPAIGN, 2022, id, "Công chức " + person, "Chuyển công tác",
                                                   ON.plusDays(9)));
                }
            }
        }
        events.add(new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(HTQT.unit().id().value() + "-1"), "Công chức 1",
                                        RegistrantKind.INDIVIDUAL, HTQT.unit(), null, List.of(Title.ADVANCED_WORKER),
                                        ON.plusDays(20)));
        events.add(new PledgeAmended(CAMPAIGN, 2022, new RegistrantId(THADS.unit().id().value()), THADS.unit().name(), 28,
                                     List.of(Title.EXCELLENT_COLLECTIVE), ON.plusDays(21)));
        return events;
    }

    /**
     * {@link #year()}, then the secretariat moves two of HTQT's staff to THADS (its lines 31 and 32, the second opening
     * a block of lines), amends the first one's pledge there and moves the second back to HTQT (its line 31).
     */
    private static List<Object> yearWithMoves() {
        List<Object> events = year();
        events.add(moved(3, THADS.unit(), 22));
        events.add(new PledgeAmended(CAMPAIGN, 2022, htqtStaff(3), "Công chức 3", null,
                                     List.of(Title.GRASSROOTS_EMULATION_FIGHTER), ON.plusDays(23)));
        events.add(moved(5, THADS.unit(), 24));
        events.add(moved(5, HTQT.unit(), 25));
        return events;
    }

    private static RegistrantId htqtStaff(int person) {
        return new RegistrantId(HTQT.unit().id().value() + "-" + person);
    }

    private static PledgeRegistered moved(int person, UnitRef to, int day) {
        return new PledgeRegistered(CAMPAIGN, 2022, htqtStaff(person), "Công chức " + person, RegistrantKind.INDIVIDUAL,
                                    to, null, List.of(Title.ADVANCED_WORKER), ON.plusDays(day));
    }

    private PledgeViews views() {
        MemoryMongo mongo = new MemoryMongo();
        servers.add(mongo);
        return new PledgeViews(mongo.database());
    }

    /**
     * Feeds events {@code from..to-1} (global index = list index + 1) as a pooled streaming processor does: in
     * batching units of work of {@code batch} events, through the interceptor that writes the views per batch.
     */
    private static void feed(PledgeProjector projector, List<Object> events, int from, int to, int batch) {
        for (int start = from; start < to; start += batch) {
            List<TrackedEventMessage<?>> messages = new ArrayList<>();
            for (int i = start; i < Math.min(to, start + batch); i++) {
                messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(i + 1),
                                                              GenericEventMessage.asEventMessage(events.get(i))));
            }
            BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
            ViewBatchInterceptor interceptor = new ViewBatchInterceptor();
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
                TrackedEventMessage<?> message = unitOfWork.getMessage();
                feedInto(projector, List.of(message.getPayload()), 0, 1,
                         message.trackingToken().position().orElseThrow() - 1);
                return null;
            }));
            if (result.isExceptional()) {
                throw new IllegalStateException("The batch at " + (start + 1) + " failed", result.exceptionResult());
            }
        }
    }

    /**
     * A batch reads what its events look up with one {@code $in} per collection (registrants, unit heads,
     * registrations) and the campaign's document: without the registrations' step, every amendment and withdrawal
     * read its registration alone (docs/benchmarks.md, "Session 16").
     */
    @Test
    void aBatchReadsItsDocumentsWithOneQueryPerCollection() {
        List<Object> events = year();
        CommandCounter finds = new CommandCounter("find");
        MemoryMongo mongo = new MemoryMongo(finds);
        servers.add(mongo);
        PledgeProjector projector = new PledgeProjector(new PledgeViews(mongo.database()));
        int half = events.size() / 2;
        feed(projector, events, 0, half, half);
        finds.reset();

        feed(projector, events, half, events.size(), events.size() - half);

        assertThat(finds.count()).isEqualTo(4);
    }

    @Test
    void batchesOfAnySizeGiveTheSameViewsAsOneEventAtATime() {
        List<Object> events = year();
        PledgeViews single = views();
        feed(new PledgeProjector(single), events, 0, events.size(), 1);

        for (int batch : List.of(7, 100, events.size())) {
            PledgeViews batched = views();
            feed(new PledgeProjector(batched), events, 0, events.size(), batch);
            assertThat(batched.checksum()).as("batches of %d", batch).isEqualTo(single.checksum());
        }
        UnitPledges htqt = single.units().find(PledgeViews.key(CAMPAIGN.value(), HTQT.unit().id().value())).orElseThrow().view();
        assertThat(htqt.registrants()).isEqualTo(31);
        assertThat(htqt.activeIndividuals()).isEqualTo(30 - 4 + 1);
        PledgeViews moves = views();
        feed(new PledgeProjector(moves), yearWithMoves(), 0, yearWithMoves().size(), 1);
        PledgeViews movesBatched = views();
        feed(new PledgeProjector(movesBatched), yearWithMoves(), 0, yearWithMoves().size(), 100);
        assertThat(movesBatched.checksum()).as("with moves").isEqualTo(moves.checksum());
    }

    /**
     * A registrant moved to another unit: the old unit's line keeps the registration as it stood when it left; the
     * new unit gives it a line of its own, which its later changes change; moved back, it takes a new line.
     */
    @Test
    void aMovedRegistrantLeavesItsRegistrationOnItsOldLine() {
        List<Object> events = yearWithMoves();
        PledgeViews views = views();
        feed(new PledgeProjector(views), events, 0, events.size(), 100);
        String campaign = CAMPAIGN.value();
        String htqt = HTQT.unit().id().value();
        String thads = THADS.unit().id().value();

        List<Registration> htqtLines = registrations(views, campaign, htqt, 0, 31);
        assertThat(htqtLines).extracting(Registration::registrantId)
                             .containsExactly(Stream.concat(Stream.of(htqt), IntStream.range(0, 30)
                                     .mapToObj(person -> htqt + "-" + person)).toArray(String[]::new));
        Registration leftBehind = htqtLines.get(4);
        assertThat(leftBehind.registrantId()).isEqualTo(htqtStaff(3).value());
        assertThat(leftBehind.titles()).containsExactly(Title.ADVANCED_WORKER);
        assertThat(leftBehind.history()).extracting(Change::kind).containsExactly(ChangeKind.REGISTERED);
        assertThat(htqtLines.get(6).history()).extracting(Change::on).containsExactly(ON);
        assertThat(registrations(views, campaign, htqt, 31, 32)).singleElement().satisfies(back -> {
            assertThat(back.registrantId()).isEqualTo(htqtStaff(5).value());
            assertThat(back.history()).extracting(Change::on).containsExactly(ON.plusDays(25));
        });
        assertThat(registrations(views, campaign, thads, 31, 33)).satisfiesExactly(
                first -> {
                    assertThat(first.registrantId()).isEqualTo(htqtStaff(3).value());
                    assertThat(first.titles()).containsExactly(Title.GRASSROOTS_EMULATION_FIGHTER);
                    assertThat(first.history()).extracting(Change::kind)
                                               .containsExactly(ChangeKind.REGISTERED, ChangeKind.AMENDED);
                },
                second -> assertThat(second.history()).extracting(Change::on).containsExactly(ON.plusDays(24)));
    }

    /**
     * A node stops in the middle of writing a batch (before its write of one collection, those ranked earlier
     * written), then the batch is delivered again: the views are those of an uninterrupted run. The batch holds the
     * year's last registrations and its moves, so it writes all five collections.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pledgeFormerRegistrations", "pledgeUnitLines", "pledgeUnits", "pledgeCampaigns",
                            "pledgesByRegistrant"})
    void aBatchCutShortBeforeOneOfItsWritesIsCompletedWhenDeliveredAgain(String collection) {
        List<Object> events = yearWithMoves();
        PledgeViews reference = views();
        feed(new PledgeProjector(reference), events, 0, events.size(), 1);
        MemoryMongo mongo = new MemoryMongo();
        servers.add(mongo);
        int start = events.size() - 200;
        feed(new PledgeProjector(new PledgeViews(mongo.database())), events, 0, start, 100);

        MongoDatabase stopping = Interleaving.before(mongo.database(), collection, 1, () -> {
            throw new IllegalStateException("the node stops");
        });
        assertThatThrownBy(() -> feed(new PledgeProjector(new PledgeViews(stopping)), events, start, events.size(), 200))
                .hasRootCauseMessage("the node stops");
        feed(new PledgeProjector(new PledgeViews(mongo.database())), events, start, events.size(), 200);

        assertThat(new PledgeViews(mongo.database()).checksum()).isEqualTo(reference.checksum());
    }

    private static List<Registration> registrations(PledgeViews views, String campaign, String unit, int from, int to) {
        return views.registrations(campaign, unit, from, to).stream().map(Versioned::view).toList();
    }

    /**
     * Delivered again after the registrants it registered have moved on (a node stopped after writing a batch and
     * before storing its token): the registrant's pledge, written last, says the events are in the views already.
     * Until session 28 such a batch added a line to the old unit's register (docs/architecture.md).
     */
    @Test
    void aRedeliveredBatchChangesNothing() {
        List<Object> events = yearWithMoves();
        PledgeViews views = views();
        PledgeProjector projector = new PledgeProjector(views);
        feed(projector, events, 0, events.size(), 50);
        String checksum = views.checksum();

        feed(projector, events, 40, events.size(), 50);

        assertThat(views.checksum()).isEqualTo(checksum);
    }

    @Test
    void aStaleNodeThatWritesItsBatchLateCannotTakeTheViewsBack() throws Exception {
        List<Object> events = year();
        PledgeViews shared = views();
        feed(new PledgeProjector(shared), events, 0, 60, 20);
        PledgeViews staleNode = new PledgeViews(servers.get(0).database());
        CountDownLatch folded = new CountDownLatch(1);
        CountDownLatch ownerDone = new CountDownLatch(1);
        // The stale node folds events 60..99 from what it read, then stalls past its claim before writing.
        Thread stale = new Thread(() -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
            ViewBatch batch = ViewBatch.openIn(unitOfWork);
            feedInto(new PledgeProjector(staleNode), events, 60, 100);
            folded.countDown();
            await(ownerDone);
            batch.flush();
            unitOfWork.commit();
        });
        stale.start();
        await(folded);
        // Meanwhile the node that took the claim over processes the rest of the stream.
        feed(new PledgeProjector(shared), events, 60, events.size(), 20);
        String checksum = shared.checksum();
        ownerDone.countDown();
        stale.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(shared.checksum()).isEqualTo(checksum);
        PledgeViews reference = views();
        feed(new PledgeProjector(reference), events, 0, events.size(), 1);
        assertThat(checksum).isEqualTo(reference.checksum());
    }

    private static void feedInto(PledgeProjector projector, List<Object> events, int from, int to) {
        feedInto(projector, events, from, to, 0);
    }

    /** Hands events {@code from..to-1} to the projector, event i at global index {@code i + 1 + offset}. */
    private static void feedInto(PledgeProjector projector, List<Object> events, int from, int to, long offset) {
        for (int i = from; i < to; i++) {
            GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(i + 1 + offset);
            if (events.get(i) instanceof CampaignLaunched launched) {
                projector.on(launched, token);
            } else {
                projector.on((PledgeEvent) events.get(i), token);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
