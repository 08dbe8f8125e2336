package vn.thidua.ledger.query.council;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Versioned;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads rosters from the {@code councils} view by id ({@code $in} over the seat and threshold ids each council
 * counts), with the newest position among the documents read as their version.
 */
@Component
class CouncilRosters {

    private final CouncilViews views;

    CouncilRosters(CouncilViews views) {
        this.views = views;
    }

    Optional<Versioned<CouncilRoster>> of(String councilId, LocalDate on) {
        return views.councils().find(councilId).map(council -> rosters(List.of(council), 0, on).get(0));
    }

    /** Every council's roster on {@code on}, in the order they were established; version 0 when there is none. */
    Versioned<List<CouncilRoster>> all(LocalDate on) {
        Optional<Versioned<CouncilIndex>> index = views.index().find(CouncilViews.ALL);
        List<String> ids = index.map(found -> found.view().councilIds()).orElse(List.of());
        long floor = index.map(Versioned::position).orElse(0L);
        Map<String, Versioned<CouncilRecord>> councils = views.councils().findAllById(ids);
        List<Versioned<CouncilRoster>> rosters = rosters(ids.stream().map(councils::get).filter(Objects::nonNull).toList(),
                                                         floor, on);
        return new Versioned<>(rosters.stream().map(Versioned::view).toList(),
                               rosters.stream().mapToLong(Versioned::position).max().orElse(floor));
    }

    /** One read for the seats and one for the thresholds of all {@code councils}. */
    private List<Versioned<CouncilRoster>> rosters(List<Versioned<CouncilRecord>> councils, long floor, LocalDate on) {
        List<Versioned<CouncilSeat>> seats = views.seats().findAll(ids(councils, CouncilViews::seatIds));
        List<Versioned<CouncilThresholdEntry>> thresholds =
                views.thresholds().findAll(ids(councils, CouncilViews::thresholdIds));
        Map<String, List<Versioned<CouncilSeat>>> seatsOf = byCouncil(seats, CouncilSeat::councilId);
        Map<String, List<Versioned<CouncilThresholdEntry>>> thresholdsOf =
                byCouncil(thresholds, CouncilThresholdEntry::councilId);
        return councils.stream().map(council -> {
            String id = council.view().councilId();
            List<Versioned<CouncilSeat>> its = seatsOf.getOrDefault(id, List.of());
            List<Versioned<CouncilThresholdEntry>> set = thresholdsOf.getOrDefault(id, List.of());
            long position = Stream.of(Stream.of(council.position(), floor), its.stream().map(Versioned::position),
                                      set.stream().map(Versioned::position))
                                  .flatMap(s -> s).mapToLong(Long::longValue).max().orElseThrow();
            return new Versioned<>(CouncilFold.rosterOn(council.view(), views(its), views(set), on), position);
        }).toList();
    }

    private static List<String> ids(List<Versioned<CouncilRecord>> councils,
                                    Function<CouncilRecord, List<String>> idsOf) {
        return councils.stream().flatMap(council -> idsOf.apply(council.view()).stream()).toList();
    }

    private static <V> Map<String, List<Versioned<V>>> byCouncil(List<Versioned<V>> found, Function<V, String> council) {
        return found.stream().collect(Collectors.groupingBy(v -> council.apply(v.view())));
    }

    private static <V> List<V> views(Collection<Versioned<V>> found) {
        return found.stream().map(Versioned::view).toList();
    }
}
