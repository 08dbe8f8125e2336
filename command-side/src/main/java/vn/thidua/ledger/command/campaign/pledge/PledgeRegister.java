package vn.thidua.ledger.command.campaign.pledge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import vn.thidua.ledger.command.campaign.CampaignTerms;
import vn.thidua.ledger.command.common.Acting;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.RegistrationWindowSet;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/**
 * Sổ đăng ký thi đua (the pledge register) of one campaign: every pledge of the cluster-year and every rule a pledge is
 * registered, amended and withdrawn by. An entity of the {@code Campaign} aggregate, not an aggregate of its own (see
 * {@code Campaign} for why): it keeps the campaign's {@link CampaignTerms}, folded from the same events, and checks each
 * pledge against them at the moment it is registered.
 *
 * <p>Rules (a registration is the condition of a later title: rule R1 of the rule sets, whose legal source each rule
 * set cites, Luật Thi đua, khen thưởng số 06/2022/QH15 from 2024; the window is the cluster's, set by the secretariat):
 * a pledge is registered only while the campaign is open and inside its registration window, by the unit's own
 * representative or the secretariat; a unit registers itself, an individual within one member unit; a past year's
 * paper register is transcribed by the secretariat alone ({@link RegistrationDate}); one active pledge per
 * registrant; withdrawing needs no window.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class PledgeRegister {

    CampaignTerms terms = new CampaignTerms();
    /** Keyed by registrant id value: Jackson snapshots need plain string keys. */
    Map<String, Pledge> pledges = new HashMap<>();

    @CommandHandler
    void handle(RegisterPledge command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        terms.requireOpen();
        Acting.requireActsFor(Require.present("unit", command.unitId()), roles, actorUnit);
        Require.present("registrant", command.registrantId());
        Require.name("registrant name", command.registrantName());
        Pledge.checkContent(command.kind(), command.staffCount(), command.titles());
        UnitRef unit = terms.member(command.unitId());
        if (command.kind() == RegistrantKind.UNIT && !command.unitId().value().equals(command.registrantId().value())) {
            throw new DomainRejection(ErrorCode.INCONSISTENT_IDS, "a unit registers itself: registrant id must be "
                    + command.unitId());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate registeredOn = terms.insideRegistrationWindow(RegistrationDate.of(command.registeredOn(), terms.year(),
                                                                                    today));
        if (!registeredOn.equals(today) && !Acting.isSecretariat(roles)) {
            // A representative could otherwise date a pledge into a closed year after the fact and meet R1.
            throw new DomainRejection(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY, "a pledge dated " + registeredOn
                    + " transcribes the paper register of " + terms.year() + ": the secretariat does that, not a unit");
        }
        Pledge existing = pledges.get(command.registrantId().value());
        if (command.kind() == RegistrantKind.INDIVIDUAL) {
            requireIndividualOf(unit, command.registrantId(), existing, roles);
        }
        if (existing != null && existing.active()) {
            throw new DomainRejection(ErrorCode.PLEDGE_ALREADY_REGISTERED, command.registrantName()
                    + " already registered in " + terms.campaignId() + "; amend the pledge instead");
        }
        apply(new PledgeRegistered(terms.campaignId(), terms.year(), command.registrantId(), command.registrantName(),
                command.kind(), unit, command.staffCount(), command.titles(), registeredOn));
    }

    /** Each pledge as if sent alone, in order: the earlier ones are in the register when the later ones are checked. */
    @CommandHandler
    void handle(TranscribePledges command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        if (command.pledges().isEmpty()) {
            throw Require.invalid("a transcription holds at least one pledge");
        }
        for (RegisterPledge pledge : command.pledges()) {
            if (!command.campaignId().equals(pledge.campaignId())) {
                throw new DomainRejection(ErrorCode.INCONSISTENT_IDS, "a transcription records pledges of campaign "
                        + command.campaignId() + " only, not of " + pledge.campaignId());
            }
            handle(pledge, clock, roles, actorUnit);
        }
    }

    @CommandHandler
    void handle(AmendPledge command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        terms.requireOpen();
        Pledge pledge = activePledge(command.registrantId());
        Acting.requireActsFor(pledge.unit().id(), roles, actorUnit);
        Pledge.checkContent(pledge.kind(), command.staffCount(), command.titles());
        LocalDate today = terms.insideRegistrationWindow(LocalDate.now(clock));
        apply(new PledgeAmended(terms.campaignId(), terms.year(), pledge.registrantId(), pledge.registrantName(),
                command.staffCount(), command.titles(), today));
    }

    /** Withdrawing is allowed after the window too: giving up a pledge never needs a deadline. */
    @CommandHandler
    void handle(WithdrawPledge command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        terms.requireOpen();
        Pledge pledge = activePledge(command.registrantId());
        Acting.requireActsFor(pledge.unit().id(), roles, actorUnit);
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        apply(new PledgeWithdrawn(terms.campaignId(), terms.year(), pledge.registrantId(), pledge.registrantName(),
                command.reason(), LocalDate.now(clock)));
    }

    /**
     * A nomination candidate: a registrant with an active pledge (with its pledged titles) or a member unit without
     * one (no titles, so R1 refuses it where a pledge is required).
     */
    public Candidate candidate(RegistrantId registrantId) {
        return find(registrantId)
                .orElseThrow(() -> new DomainRejection(ErrorCode.NOT_REGISTERED_IN_CAMPAIGN, registrantId
                        + " is neither a member unit of " + terms.campaignId()
                        + " nor a registrant with an active pledge in it"));
    }

    /** The registrant with an active pledge, else the member unit with that id, else nobody. */
    public Optional<Candidate> find(RegistrantId registrantId) {
        Pledge pledge = pledges.get(registrantId.value());
        if (pledge != null && pledge.active()) {
            return Optional.of(new Candidate(registrantId, pledge.registrantName(), pledge.unit(), pledge.titles()));
        }
        return terms.memberWithId(registrantId.value()).map(unit -> new Candidate(registrantId, unit.name(), unit,
                List.of()));
    }

    /**
     * Registrant ids are scoped by unit, so one unit cannot occupy another's: a member unit's id is
     * that unit's own registrant id (else a squatter would block the unit's pledge, and the unit could
     * not withdraw it), and an individual belongs to the unit that registered them in this campaign,
     * withdrawn or not. Only the secretariat moves an individual to another unit (a transfer, or
     * undoing a wrong registration after withdrawing it).
     */
    private void requireIndividualOf(UnitRef unit, RegistrantId registrantId, Pledge existing, List<String> roles) {
        terms.memberWithId(registrantId.value()).ifPresent(member -> {
            throw new DomainRejection(ErrorCode.REGISTRANT_ID_IS_A_UNIT, registrantId + " is the id of the member unit "
                    + member.name() + ", not of an individual");
        });
        if (existing != null && !existing.unit().id().equals(unit.id()) && !Acting.isSecretariat(roles)) {
            throw new DomainRejection(ErrorCode.REGISTRANT_OF_ANOTHER_UNIT, registrantId + " was registered in "
                    + terms.campaignId() + " by " + existing.unit().name() + "; only the secretariat moves them to "
                    + unit.name());
        }
    }

    private Pledge activePledge(RegistrantId registrantId) {
        Pledge pledge = pledges.get(Require.present("registrant", registrantId).value());
        if (pledge == null || !pledge.active()) {
            throw new DomainRejection(ErrorCode.PLEDGE_NOT_FOUND, registrantId + " has no active pledge in "
                    + terms.campaignId());
        }
        return pledge;
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        terms.on(event);
    }

    @EventSourcingHandler
    void on(RegistrationWindowSet event) {
        terms.on(event);
    }

    @EventSourcingHandler
    void on(CampaignClosed event) {
        terms.on(event);
    }

    @EventSourcingHandler
    void on(PledgeRegistered event) {
        pledges.put(event.registrantId().value(), new Pledge(event.registrantId(), event.registrantName(),
                event.kind(), event.unit(), event.staffCount(), event.titles(), true));
    }

    @EventSourcingHandler
    void on(PledgeAmended event) {
        pledges.computeIfPresent(event.registrantId().value(),
                (id, pledge) -> pledge.amended(event.staffCount(), event.titles()));
    }

    @EventSourcingHandler
    void on(PledgeWithdrawn event) {
        pledges.computeIfPresent(event.registrantId().value(), (id, pledge) -> pledge.withdrawn());
    }
}
