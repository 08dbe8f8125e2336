package vn.thidua.ledger.query.council;

import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.query.council.CouncilRoster.Sitting;
import vn.thidua.ledger.query.council.CouncilRoster.Threshold;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The council view as pure functions of the council's events (each to the one document it changes) and of the stored
 * documents to the roster of a day. The roster follows the council aggregate's own reading ({@code Council.rosterOn}),
 * so the view shows the roster a council round opened that day counts.
 */
public final class CouncilFold {

    private CouncilFold() {
    }

    static CouncilRecord established(CouncilEstablished event) {
        return new CouncilRecord(event.councilId().value(), event.name(), event.unit().id().value(), event.unit().name(),
                                 event.decisionNumber(), event.establishedOn(), event.members().size(), 0);
    }

    /** The first members' seats, numbered in the order the establishing decision lists them. */
    static List<CouncilSeat> firstSeats(CouncilEstablished event) {
        return IntStream.range(0, event.members().size())
                .mapToObj(i -> seat(event.councilId().value(), i + 1, event.members().get(i), event.establishedOn(),
                                    event.decisionNumber()))
                .toList();
    }

    /** The seat an appointment opens: the council's next one. */
    static CouncilSeat appointed(CouncilRecord council, CouncilMemberAppointed event) {
        return seat(council.councilId(), council.seats() + 1, event.member(), event.appointedOn(), event.decisionNumber());
    }

    /** The seat a relief ends: the one its member holds now (the aggregate relieves only a sitting member). */
    static Optional<CouncilSeat> relieved(Collection<CouncilSeat> seats, CouncilMemberRelieved event) {
        return seats.stream()
                .filter(seat -> seat.sitting() && seat.voterId().equals(event.member().voterId().value()))
                .findFirst()
                .map(seat -> seat.relieved(event.relievedOn(), event.decisionNumber()));
    }

    static CouncilThresholdEntry threshold(CouncilRecord council, GrassrootsThresholdSet event) {
        return new CouncilThresholdEntry(council.councilId(), council.thresholds() + 1, event.thresholdRatio(),
                                         event.decisionNumber(), event.effectiveFrom());
    }

    /**
     * Who sat on {@code on}, by role, and the threshold in force: the latest in effect by that day, and of two from
     * the same day the later recorded (as the aggregate decides). Before the establishment nobody sat.
     */
    public static CouncilRoster rosterOn(CouncilRecord council, Collection<CouncilSeat> seats,
                                         Collection<CouncilThresholdEntry> thresholds, LocalDate on) {
        List<Sitting> sitting = seats.stream().filter(seat -> seat.sitsOn(on))
                .sorted(Comparator.comparingInt(CouncilSeat::number)).map(CouncilFold::sitting).toList();
        Threshold threshold = thresholds.stream().filter(t -> !t.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(CouncilThresholdEntry::effectiveFrom)
                        .thenComparingInt(CouncilThresholdEntry::number))
                .map(t -> new Threshold(t.ratio(), t.decisionNumber(), t.effectiveFrom()))
                .orElse(null);
        return new CouncilRoster(council.councilId(), council.name(), council.unitId(), council.unitName(),
                                 council.establishedBy(), council.establishedOn(), on, holder(sitting, CouncilRole.CHAIR),
                                 holder(sitting, CouncilRole.STANDING_MEMBER),
                                 sitting.stream().filter(s -> s.role() == CouncilRole.MEMBER).toList(), sitting.size(),
                                 threshold);
    }

    /** The holder of a single role (the aggregate lets at most one sit at a time). */
    private static Sitting holder(List<Sitting> sitting, CouncilRole role) {
        return sitting.stream().filter(s -> s.role() == role).findFirst().orElse(null);
    }

    private static Sitting sitting(CouncilSeat seat) {
        return new Sitting(seat.voterId(), seat.name(), seat.unitId(), seat.unitName(), seat.role(), seat.from(),
                           seat.appointedBy(), seat.until(), seat.relievedBy());
    }

    private static CouncilSeat seat(String councilId, int number, CouncilMember member, LocalDate from, String decision) {
        return new CouncilSeat(councilId, number, member.voterId().value(), member.name(), member.unit().id().value(),
                               member.unit().name(), member.role(), from, decision, null, null);
    }
}
