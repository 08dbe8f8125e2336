package vn.thidua.ledger.command.council;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.events.nomination.Voter;

/**
 * Hội đồng Thi đua – Khen thưởng (emulation and commendation council): guards who sat on the council on which day,
 * so that a council round's voters and its total membership (R7) are the roster on the round's date, and the
 * threshold the council set for its grassroots emulation fighters (R7: not the rule set's 90%).
 *
 * <p>Lifecycle: established by its decision (quyết định thành lập) with one chair, one standing member and the
 * other members; members are appointed and relieved by later decisions, each dated, in the order they were signed;
 * the council sets (and may later change) its grassroots threshold from a date. Nothing is deleted: the roster is
 * always asked "on which day?".
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("1")
public class Council {

    @AggregateIdentifier
    CouncilId councilId;
    String name;
    UnitRef unit;
    /** Every seat ever held, in the order of the decisions. */
    List<Seat> seats = new ArrayList<>();
    /** The day of the latest roster change: a change dated earlier would rewrite a roster rounds already used. */
    LocalDate lastChangeOn;
    List<CouncilThreshold> thresholds = new ArrayList<>();

    protected Council() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EstablishCouncil command) {
        if (councilId != null) {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "council " + command.councilId() + " already exists");
        }
        Require.name("council name", command.name());
        Require.name("unit name", Require.present("unit", command.unit()).name());
        Require.text("decision number", command.decisionNumber(), Require.MAX_NAME);
        Require.present("established on", command.establishedOn());
        Require.notEmptyAndDistinct("members", Require.present("members", command.members()).stream()
                .map(CouncilMember::voterId).toList());
        command.members().forEach(Council::checkMember);
        CouncilCompositionPolicy.checkEstablishment(command.members());
        apply(new CouncilEstablished(command.councilId(), command.name(), command.unit(), command.decisionNumber(),
                command.establishedOn(), command.members()));
    }

    @CommandHandler
    void handle(AppointCouncilMember command) {
        CouncilMember member = Require.present("member", command.member());
        checkMember(member);
        Require.text("decision number", command.decisionNumber(), Require.MAX_NAME);
        checkChangeDate(command.appointedOn());
        sittingSeat(member.voterId()).ifPresent(seat -> {
            throw new DomainRejection(ErrorCode.COUNCIL_MEMBER_ALREADY_SITTING, seat.member().name()
                    + " already sits on " + name + " since " + seat.from());
        });
        CouncilCompositionPolicy.checkAppointment(member, sittingMembers());
        apply(new CouncilMemberAppointed(councilId, member, command.decisionNumber(), command.appointedOn()));
    }

    @CommandHandler
    void handle(RelieveCouncilMember command) {
        VoterId voterId = Require.present("voter", command.voterId());
        Require.text("decision number", command.decisionNumber(), Require.MAX_NAME);
        checkChangeDate(command.relievedOn());
        Seat seat = sittingSeat(voterId).orElseThrow(() -> new DomainRejection(ErrorCode.COUNCIL_MEMBER_NOT_SITTING,
                voterId + " does not sit on " + name));
        apply(new CouncilMemberRelieved(councilId, seat.member(), command.decisionNumber(), command.relievedOn()));
    }

    @CommandHandler
    void handle(SetGrassrootsThreshold command) {
        BigDecimal ratio = Require.present("threshold ratio", command.thresholdRatio());
        if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw Require.invalid("a threshold is a share of the total membership, above 0 and at most 1: " + ratio);
        }
        Require.text("decision number", command.decisionNumber(), Require.MAX_NAME);
        LocalDate from = Require.present("effective from", command.effectiveFrom());
        if (from.isBefore(establishedOn())) {
            throw new DomainRejection(ErrorCode.COUNCIL_CHANGE_OUT_OF_ORDER, name + " was established on "
                    + establishedOn() + ": it set no threshold before, on " + from);
        }
        apply(new GrassrootsThresholdSet(councilId, ratio, command.decisionNumber(), from));
    }

    /** For {@link CouncilFacts}: who sat on {@code date} and the grassroots threshold in force that day. */
    CouncilRoster rosterOn(LocalDate date) {
        List<Voter> voters = seats.stream().filter(seat -> seat.sitsOn(date))
                .map(seat -> new Voter(seat.member().voterId(), seat.member().name(), seat.member().unit())).toList();
        if (voters.isEmpty()) {
            throw new DomainRejection(ErrorCode.COUNCIL_NOT_SITTING, name + " had no members on " + date
                    + " (established on " + establishedOn() + ")");
        }
        // The latest decision among those in force that day; of two for one day, the later recorded.
        CouncilThreshold threshold = thresholds.stream().filter(set -> !set.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(CouncilThreshold::effectiveFrom)
                        .thenComparing(thresholds::indexOf))
                .orElse(null);
        return new CouncilRoster(councilId, name, date, voters, threshold);
    }

    private static void checkMember(CouncilMember member) {
        Require.present("voter", member.voterId());
        Require.name("member name", member.name());
        Require.name("unit name", Require.present("unit", member.unit()).name());
        Require.present("role", member.role());
    }

    private void checkChangeDate(LocalDate on) {
        Require.present("date", on);
        if (on.isBefore(lastChangeOn)) {
            throw new DomainRejection(ErrorCode.COUNCIL_CHANGE_OUT_OF_ORDER, "the roster of " + name
                    + " was last changed on " + lastChangeOn + ": a change dated " + on + " would rewrite it");
        }
    }

    private LocalDate establishedOn() {
        return seats.get(0).from();
    }

    private Optional<Seat> sittingSeat(VoterId voterId) {
        return seats.stream().filter(seat -> seat.sitting() && seat.member().voterId().equals(voterId)).findFirst();
    }

    private List<CouncilMember> sittingMembers() {
        return seats.stream().filter(Seat::sitting).map(Seat::member).toList();
    }

    @EventSourcingHandler
    void on(CouncilEstablished event) {
        councilId = event.councilId();
        name = event.name();
        unit = event.unit();
        lastChangeOn = event.establishedOn();
        event.members().forEach(member -> seats.add(new Seat(member, event.establishedOn(), null)));
    }

    @EventSourcingHandler
    void on(CouncilMemberAppointed event) {
        seats.add(new Seat(event.member(), event.appointedOn(), null));
        lastChangeOn = event.appointedOn();
    }

    @EventSourcingHandler
    void on(CouncilMemberRelieved event) {
        seats.replaceAll(seat -> seat.sitting() && seat.member().voterId().equals(event.member().voterId())
                ? seat.relievedOn(event.relievedOn()) : seat);
        lastChangeOn = event.relievedOn();
    }

    @EventSourcingHandler
    void on(GrassrootsThresholdSet event) {
        thresholds.add(new CouncilThreshold(event.thresholdRatio(), event.decisionNumber(), event.effectiveFrom()));
    }
}
