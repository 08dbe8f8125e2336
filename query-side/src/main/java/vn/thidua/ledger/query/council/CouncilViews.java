package vn.thidua.ledger.query.council;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewDatabase;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The {@code councils} view: one document per council ({@code _id} = council id), one per seat
 * ({@value #SEATS}, {@code <councilId>:seat:<n>}), one per grassroots threshold decision ({@value #THRESHOLDS},
 * {@code <councilId>:threshold:<n>}), and the index of all councils ({@value #INDEX}, one document). Every read is
 * by id: a council's document says how many seats and thresholds it has, so their ids are known.
 * <p>
 * A batch writes seats and thresholds first, then the councils that count them, then the index: a batch that fails
 * half-written leaves a count behind its documents, never ahead, so its redelivery numbers them the same again.
 */
@Component
public class CouncilViews implements StoredView {

    public static final String NAME = "councils";
    static final String SEATS = "councilSeats";
    static final String THRESHOLDS = "councilThresholds";
    static final String INDEX = "councilIndex";
    static final String ALL = "all";

    private final ViewStore<CouncilRecord> councils;
    private final ViewStore<CouncilSeat> seats;
    private final ViewStore<CouncilThresholdEntry> thresholds;
    private final ViewStore<CouncilIndex> index;

    public CouncilViews(@ViewDatabase MongoDatabase database) {
        this.seats = new ViewStore<>(database, SEATS, CouncilSeat.class, ViewJson.mapper(), 0);
        this.thresholds = new ViewStore<>(database, THRESHOLDS, CouncilThresholdEntry.class, ViewJson.mapper(), 0);
        this.councils = new ViewStore<>(database, NAME, CouncilRecord.class, ViewJson.mapper(), 1);
        this.index = new ViewStore<>(database, INDEX, CouncilIndex.class, ViewJson.mapper(), 2);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(councils, seats, thresholds, index);
    }

    ViewStore<CouncilRecord> councils() {
        return councils;
    }

    ViewStore<CouncilSeat> seats() {
        return seats;
    }

    ViewStore<CouncilThresholdEntry> thresholds() {
        return thresholds;
    }

    ViewStore<CouncilIndex> index() {
        return index;
    }

    static String seatId(String councilId, int number) {
        return councilId + ":seat:" + number;
    }

    static String thresholdId(String councilId, int number) {
        return councilId + ":threshold:" + number;
    }

    /** The ids of every seat the council has had. */
    static List<String> seatIds(CouncilRecord council) {
        return IntStream.rangeClosed(1, council.seats()).mapToObj(n -> seatId(council.councilId(), n)).toList();
    }

    /** The ids of every threshold the council has set. */
    static List<String> thresholdIds(CouncilRecord council) {
        return IntStream.rangeClosed(1, council.thresholds()).mapToObj(n -> thresholdId(council.councilId(), n)).toList();
    }

    void clear() {
        stores().forEach(ViewStore::clear);
    }
}
