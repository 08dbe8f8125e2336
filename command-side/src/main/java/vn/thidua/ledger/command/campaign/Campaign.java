package vn.thidua.ledger.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.common.Acting;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.pledge.AmendPledge;
import vn.thidua.ledger.command.pledge.Pledge;
import vn.thidua.ledger.command.pledge.RegisterPledge;
import vn.thidua.ledger.command.pledge.WithdrawPledge;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.RegistrationWindowSet;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/**
 * Phong trào thi đua (emulation campaign): one cluster's emulation year. Guards that only its
 * member units sign the covenant (once each) and score themselves, that points stay within each
 * criterion's ceiling, that every reviewer change has a reason, that the ranking is computed only
 * from final scorecards of all members by the rule set the year started under, and that pledges
 * are registered only inside the registration window.
 *
 * <p>Lifecycle: launched (scoring table, members, rule-set version fixed) → registration window set
 * → pledges, covenant signatures, self-assessment and review in any order → each scorecard
 * finalised → ranking published → closed with the summary report. Nothing is accepted once closed.
 *
 * <p>Pledges (đăng ký thi đua) are entities of this aggregate rather than aggregates of their own:
 * the window, the membership and the open/closed state they are checked against are this
 * aggregate's state, so the check is exact at the moment of registration. A separate aggregate
 * would have to trust window facts copied into the command from a read model that may lag or be
 * wrong. The price is that all pledges of one cluster-year share one stream and contend for it;
 * a cluster has tens of units and a few hundred staff registering over weeks, which optimistic
 * retry and snapshots absorb. The campaign's id is {@code <clusterId>-<year>}, so a registrant
 * has at most one pledge per cluster and year.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("1")
public class Campaign {

    @AggregateIdentifier
    CampaignId campaignId;
    ClusterId clusterId;
    int year;
    String ruleSetId;
    int ruleSetVersion;
    List<Criterion> criteria = new ArrayList<>();
    /** The maps below are keyed by id values: Jackson snapshots need plain string keys. */
    Map<String, UnitRef> members = new LinkedHashMap<>();
    Map<String, Scorecard> scorecards = new HashMap<>();
    Map<String, Pledge> pledges = new HashMap<>();
    Set<String> covenantSigners = new HashSet<>();
    RegistrationWindow registrationWindow;
    boolean rankingPublished;
    boolean closed;

    protected Campaign() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LaunchCampaign command, RuleSetCatalog catalog, Clock clock) {
        if (campaignId != null) {
            throw new DomainRejection(ErrorCode.ALREADY_EXISTS, "campaign " + command.campaignId() + " already exists");
        }
        Require.year(command.year());
        if (!CampaignId.of(Require.present("cluster", command.clusterId()), command.year()).equals(command.campaignId())) {
            throw new DomainRejection(ErrorCode.INCONSISTENT_IDS, "a campaign id is <clusterId>-<year>, expected "
                    + CampaignId.of(command.clusterId(), command.year()));
        }
        Require.name("cluster name", command.clusterName());
        Require.name("campaign name", command.name());
        ScoringSchemeRules.check(Require.present("scoring scheme", command.scoringScheme()));
        Require.notEmptyAndDistinct("members", Require.present("members", command.members()).stream()
                .map(UnitRef::id).toList());
        command.members().forEach(unit -> Require.name("unit name", unit.name()));
        RuleSet rules = catalog.forYear(command.year());
        apply(new CampaignLaunched(command.campaignId(), command.clusterId(), command.clusterName(), command.year(),
                command.name(), command.scoringScheme(), command.members(), rules.id(), rules.version(),
                LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(SetRegistrationWindow command) {
        requireOpen();
        Require.present("opens on", command.opensOn());
        Require.present("closes on", command.closesOn());
        if (command.closesOn().isBefore(command.opensOn())) {
            throw Require.invalid("the registration window closes before it opens");
        }
        apply(new RegistrationWindowSet(campaignId, year, command.opensOn(), command.closesOn()));
    }

    @CommandHandler
    void handle(SignCovenant command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        requireOpen();
        Acting.requireActsFor(Require.present("unit", command.unitId()), roles, actorUnit);
        UnitRef unit = member(command.unitId());
        if (covenantSigners.contains(unit.id().value())) {
            throw new DomainRejection(ErrorCode.COVENANT_ALREADY_SIGNED, unit.name() + " already signed the covenant");
        }
        apply(new CovenantSigned(campaignId, year, unit, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(SelfAssessScore command, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        Acting.requireActsFor(Require.present("unit", command.unitId()), roles, actorUnit);
        UnitRef unit = scorableUnit(command.unitId());
        Criterion criterion = criterion(command.criterionId());
        ScoringSchemeRules.checkPoints(criterion, command.points());
        apply(new ScoreSelfAssessed(campaignId, year, unit, criterion.criterionId(), criterion.name(),
                command.points(), criterion.maxPoints()));
    }

    @CommandHandler
    void handle(AdjustScore command) {
        UnitRef unit = scorableUnit(command.unitId());
        Criterion criterion = criterion(command.criterionId());
        ScoringSchemeRules.checkPoints(criterion, command.points());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainRejection(ErrorCode.REASON_REQUIRED, "every adjustment of a self-assessed score needs a reason");
        }
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        BigDecimal previous = scorecard(unit).counted(criterion.criterionId().value());
        apply(new ScoreAdjusted(campaignId, year, unit, criterion.criterionId(), criterion.name(), previous,
                command.points(), command.reason()));
    }

    @CommandHandler
    void handle(FinaliseScorecard command) {
        UnitRef unit = scorableUnit(command.unitId());
        Scorecard scorecard = scorecard(unit);
        if (!scorecard.isCompleteFor(criteria)) {
            throw new DomainRejection(ErrorCode.SCORECARD_INCOMPLETE, unit.name()
                    + " has a scored criterion without points");
        }
        var scores = scorecard.scores(criteria);
        apply(new ScorecardFinalised(campaignId, year, unit, scores, Scorecard.total(scores)));
    }

    @CommandHandler
    void handle(PublishRanking command, RuleSetCatalog catalog) {
        requireOpen();
        if (rankingPublished) {
            throw new DomainRejection(ErrorCode.RANKING_ALREADY_PUBLISHED, "the ranking of " + campaignId
                    + " is already published");
        }
        List<String> unfinished = members.values().stream().filter(unit -> !scorecard(unit).finalised())
                .map(UnitRef::name).toList();
        if (!unfinished.isEmpty()) {
            throw new DomainRejection(ErrorCode.SCORECARDS_NOT_FINALISED, "scorecards not final yet: "
                    + String.join(", ", unfinished));
        }
        RuleSet rules = catalog.byIdAndVersion(ruleSetId, ruleSetVersion);
        List<RankedUnit> unranked = members.values().stream().map(unit -> {
            var scores = scorecard(unit).scores(criteria);
            return new RankedUnit(0, unit, Scorecard.total(scores), scores);
        }).toList();
        apply(new RankingPublished(campaignId, clusterId, year, Ranking.rank(unranked, rules.rankingMethod()),
                rules.rankingMethod(), rules.reference(RuleSet.RANKING)));
    }

    @CommandHandler
    void handle(CloseCampaign command, Clock clock) {
        requireOpen();
        Require.text("summary", command.summary(), Require.MAX_TEXT);
        if (!rankingPublished) {
            throw new DomainRejection(ErrorCode.RANKING_NOT_PUBLISHED, "publish the ranking before closing the year");
        }
        apply(new CampaignClosed(campaignId, year, command.summary(), LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(RegisterPledge command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        requireOpen();
        Acting.requireActsFor(Require.present("unit", command.unitId()), roles, actorUnit);
        Require.present("registrant", command.registrantId());
        Require.name("registrant name", command.registrantName());
        Pledge.checkContent(command.kind(), command.staffCount(), command.titles());
        UnitRef unit = member(command.unitId());
        if (command.kind() == RegistrantKind.UNIT && !command.unitId().value().equals(command.registrantId().value())) {
            throw new DomainRejection(ErrorCode.INCONSISTENT_IDS, "a unit registers itself: registrant id must be "
                    + command.unitId());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate registeredOn = insideRegistrationWindow(RegistrationDate.of(command.registeredOn(), year, today));
        if (!registeredOn.equals(today) && !Acting.isSecretariat(roles)) {
            // A representative could otherwise date a pledge into a closed year after the fact and meet R1.
            throw new DomainRejection(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY, "a pledge dated " + registeredOn
                    + " transcribes the paper register of " + year + ": the secretariat does that, not a unit");
        }
        Pledge existing = pledges.get(command.registrantId().value());
        if (command.kind() == RegistrantKind.INDIVIDUAL) {
            requireIndividualOf(unit, command.registrantId(), existing, roles);
        }
        if (existing != null && existing.active()) {
            throw new DomainRejection(ErrorCode.PLEDGE_ALREADY_REGISTERED, command.registrantName()
                    + " already registered in " + campaignId + "; amend the pledge instead");
        }
        apply(new PledgeRegistered(campaignId, year, command.registrantId(), command.registrantName(), command.kind(),
                unit, command.staffCount(), command.titles(), registeredOn));
    }

    @CommandHandler
    void handle(AmendPledge command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        requireOpen();
        Pledge pledge = activePledge(command.registrantId());
        Acting.requireActsFor(pledge.unit().id(), roles, actorUnit);
        Pledge.checkContent(pledge.kind(), command.staffCount(), command.titles());
        LocalDate today = insideRegistrationWindow(LocalDate.now(clock));
        apply(new PledgeAmended(campaignId, year, pledge.registrantId(), pledge.registrantName(), command.staffCount(),
                command.titles(), today));
    }

    /** Withdrawing is allowed after the window too: giving up a pledge never needs a deadline. */
    @CommandHandler
    void handle(WithdrawPledge command, Clock clock, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles,
                @MetaDataValue(MetaDataKeys.UNIT_ID) String actorUnit) {
        requireOpen();
        Pledge pledge = activePledge(command.registrantId());
        Acting.requireActsFor(pledge.unit().id(), roles, actorUnit);
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        apply(new PledgeWithdrawn(campaignId, year, pledge.registrantId(), pledge.registrantName(), command.reason(),
                LocalDate.now(clock)));
    }

    /**
     * Registrant ids are scoped by unit, so one unit cannot occupy another's: a member unit's id is
     * that unit's own registrant id (else a squatter would block the unit's pledge, and the unit could
     * not withdraw it), and an individual belongs to the unit that registered them in this campaign,
     * withdrawn or not. Only the secretariat moves an individual to another unit (a transfer, or
     * undoing a wrong registration after withdrawing it).
     */
    private void requireIndividualOf(UnitRef unit, RegistrantId registrantId, Pledge existing, List<String> roles) {
        if (members.containsKey(registrantId.value())) {
            throw new DomainRejection(ErrorCode.REGISTRANT_ID_IS_A_UNIT, registrantId + " is the id of the member unit "
                    + members.get(registrantId.value()).name() + ", not of an individual");
        }
        if (existing != null && !existing.unit().id().equals(unit.id()) && !Acting.isSecretariat(roles)) {
            throw new DomainRejection(ErrorCode.REGISTRANT_OF_ANOTHER_UNIT, registrantId + " was registered in "
                    + campaignId + " by " + existing.unit().name() + "; only the secretariat moves them to "
                    + unit.name());
        }
    }

    /**
     * For {@link CampaignFacts}: a candidate is a registrant with an active pledge (with its pledged
     * titles) or a member unit without one (no titles, so R1 refuses it where a pledge is required).
     */
    Roster roster(List<RegistrantId> candidateIds) {
        List<Candidate> candidates = candidateIds.stream().map(this::candidate).toList();
        List<Voter> memberUnits = members.values().stream()
                .map(unit -> new Voter(new VoterId(unit.id().value()), unit.name(), unit)).toList();
        return new Roster(campaignId, year, candidates, memberUnits);
    }

    private Candidate candidate(RegistrantId registrantId) {
        Pledge pledge = pledges.get(registrantId.value());
        if (pledge != null && pledge.active()) {
            return new Candidate(registrantId, pledge.registrantName(), pledge.unit(), pledge.titles());
        }
        UnitRef unit = members.get(registrantId.value());
        if (unit != null) {
            return new Candidate(registrantId, unit.name(), unit, List.of());
        }
        throw new DomainRejection(ErrorCode.NOT_REGISTERED_IN_CAMPAIGN, registrantId
                + " is neither a member unit of " + campaignId + " nor a registrant with an active pledge in it");
    }

    private void requireOpen() {
        if (closed) {
            throw new DomainRejection(ErrorCode.CAMPAIGN_CLOSED, "campaign " + campaignId + " is closed");
        }
    }

    private UnitRef member(UnitId unitId) {
        UnitRef unit = members.get(unitId.value());
        if (unit == null) {
            throw new DomainRejection(ErrorCode.NOT_A_CAMPAIGN_MEMBER, "unit " + unitId + " is not a member of "
                    + campaignId);
        }
        return unit;
    }

    /** A unit whose scorecard can still change: a member, in an open campaign, not yet final. */
    private UnitRef scorableUnit(UnitId unitId) {
        requireOpen();
        UnitRef unit = member(unitId);
        if (scorecard(unit).finalised()) {
            throw new DomainRejection(ErrorCode.SCORECARD_FINALISED, "the scorecard of " + unit.name() + " is final");
        }
        return unit;
    }

    private Criterion criterion(CriterionId criterionId) {
        return criteria.stream().filter(criterion -> criterion.criterionId().equals(criterionId)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.UNKNOWN_CRITERION, "criterion " + criterionId
                        + " is not in the scoring table of " + campaignId));
    }

    private Scorecard scorecard(UnitRef unit) {
        return scorecards.getOrDefault(unit.id().value(), Scorecard.empty());
    }

    private Pledge activePledge(RegistrantId registrantId) {
        Pledge pledge = pledges.get(Require.present("registrant", registrantId).value());
        if (pledge == null || !pledge.active()) {
            throw new DomainRejection(ErrorCode.PLEDGE_NOT_FOUND, registrantId + " has no active pledge in " + campaignId);
        }
        return pledge;
    }

    /** Returns {@code day} if pledges dated that day are accepted. */
    private LocalDate insideRegistrationWindow(LocalDate day) {
        if (registrationWindow == null) {
            throw new DomainRejection(ErrorCode.REGISTRATION_WINDOW_NOT_SET, "campaign " + campaignId
                    + " has no registration window yet");
        }
        if (!registrationWindow.contains(day)) {
            throw new DomainRejection(ErrorCode.OUTSIDE_REGISTRATION_WINDOW, "pledges for " + campaignId
                    + " are accepted " + registrationWindow + ", the registration is dated " + day);
        }
        return day;
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        campaignId = event.campaignId();
        clusterId = event.clusterId();
        year = event.year();
        ruleSetId = event.ruleSetId();
        ruleSetVersion = event.ruleSetVersion();
        criteria = new ArrayList<>(event.scoringScheme().criteria());
        event.members().forEach(unit -> members.put(unit.id().value(), unit));
    }

    @EventSourcingHandler
    void on(RegistrationWindowSet event) {
        registrationWindow = new RegistrationWindow(event.opensOn(), event.closesOn());
    }

    @EventSourcingHandler
    void on(CovenantSigned event) {
        covenantSigners.add(event.unit().id().value());
    }

    @EventSourcingHandler
    void on(ScoreSelfAssessed event) {
        scorecards.put(event.unit().id().value(),
                scorecard(event.unit()).withSelfAssessed(event.criterionId().value(), event.points()));
    }

    @EventSourcingHandler
    void on(ScoreAdjusted event) {
        scorecards.put(event.unit().id().value(),
                scorecard(event.unit()).withAdjusted(event.criterionId().value(), event.points()));
    }

    @EventSourcingHandler
    void on(ScorecardFinalised event) {
        scorecards.put(event.unit().id().value(), scorecard(event.unit()).asFinal());
    }

    @EventSourcingHandler
    void on(RankingPublished event) {
        rankingPublished = true;
    }

    @EventSourcingHandler
    void on(CampaignClosed event) {
        closed = true;
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
