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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.campaign.pledge.PledgeRegister;
import vn.thidua.ledger.command.common.Acting;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.common.TranscriptionDate;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.command.rules.RuleVersionPolicy;
import vn.thidua.ledger.command.rules.RuleVersionPolicy.RuleVersionChoice;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.DraftSummaryPresented;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.EmulationRecordsRequired;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.RegistrationWindowSet;
import vn.thidua.ledger.events.campaign.RuleVersionChosen;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.events.campaign.SummaryCommentRecorded;
import vn.thidua.ledger.events.campaign.YearEndConferenceHeld;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;

/**
 * Phong trào thi đua (emulation campaign): one cluster's emulation year. Guards that only its
 * member units sign the covenant (once each) and score themselves, that points stay within each
 * criterion's ceiling, that every reviewer change has a reason, and that the ranking is computed only
 * from final scorecards of all members by the rule set the year started under. Its pledge register
 * ({@link PledgeRegister}, in {@code campaign.pledge}) holds every pledge rule.
 *
 * <p>Lifecycle: launched (scoring table, members, rule-set version fixed by {@link RuleVersionPolicy}) → registration window set
 * → pledges, covenant signatures, self-assessment and review in any order → each scorecard
 * finalised → ranking published → closed with the summary report. The year-end conference (hội nghị tổng kết),
 * the draft report presented at it and the comments on it may come before the close ({@link YearEndConference}).
 * Nothing is accepted once closed.
 *
 * <p>Pledges (đăng ký thi đua) are an entity of this aggregate rather than aggregates of their own:
 * the window, the membership and the open/closed state they are checked against are this
 * aggregate's state, so the check is exact at the moment of registration. A separate aggregate
 * would have to trust window facts copied into the command from a read model that may lag or be
 * wrong. The price is that all pledges of one cluster-year share one stream and contend for it;
 * a cluster has tens of units and a few hundred staff registering over weeks, which the aggregate
 * cache and optimistic retry absorb. The campaign's id is {@code <clusterId>-<year>}, so a registrant
 * has at most one pledge per cluster and year.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("5")
public class Campaign {

    @AggregateIdentifier
    CampaignId campaignId;
    ClusterId clusterId;
    int year;
    String ruleSetId;
    int ruleSetVersion;
    List<Criterion> criteria = new ArrayList<>();
    /** Members, registration window, open or closed: what every command here is checked against. */
    CampaignTerms terms = new CampaignTerms();
    /** The map below is keyed by unit id values: Jackson snapshots need plain string keys. */
    Map<String, Scorecard> scorecards = new HashMap<>();
    Set<String> covenantSigners = new HashSet<>();
    boolean rankingPublished;
    YearEndConference conference = new YearEndConference();
    IllustrativeFiguresPolicy illustrative = new IllustrativeFiguresPolicy();
    /** Whether the secretariat made records mandatory for the title criteria R2–R5 ({@link EmulationRecordsRequired}). */
    boolean recordsRequired;
    /** The pledges, with their own command handlers: every pledge rule is there. */
    @AggregateMember
    PledgeRegister pledgeRegister = new PledgeRegister();

    protected Campaign() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LaunchCampaign command, RuleSetCatalog catalog, Clock clock,
                @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
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
        if (Require.present("members", command.members()).isEmpty()) {
            // The members are the cluster's of that year (ClusterFacts): none before its first year or after all left.
            throw new DomainRejection(ErrorCode.INVALID_INPUT, "the cluster " + command.clusterName()
                    + " has no member units in " + command.year() + ": a campaign is launched for a year of its members");
        }
        Require.notEmptyAndDistinct("members", command.members().stream().map(UnitRef::id).toList());
        command.members().forEach(unit -> Require.name("unit name", unit.name()));
        RuleVersionChoice choice = RuleVersionPolicy.choose(catalog, command.year(), command.ruleVersion());
        RuleSet rules = choice.rules();
        LocalDate launchedOn = TranscriptionDate.of(command.launchedOn(), command.year(), LocalDate.now(clock), roles,
                "launch");
        apply(new CampaignLaunched(command.campaignId(), command.clusterId(), command.clusterName(), command.year(),
                command.name(), command.scoringScheme(), command.members(), rules.id(), rules.version(), launchedOn));
        if (choice.overridden()) {
            apply(new RuleVersionChosen(command.campaignId(), command.year(), rules.id(), rules.version(),
                    choice.basis(), choice.referenceDate(), choice.overrideReason()));
        }
    }

    @CommandHandler
    void handle(SetRegistrationWindow command) {
        terms.requireOpen();
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
        terms.requireOpen();
        Acting.requireActsFor(Require.present("unit", command.unitId()), roles, actorUnit);
        UnitRef unit = terms.member(command.unitId());
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
        terms.requireOpen();
        if (rankingPublished) {
            throw new DomainRejection(ErrorCode.RANKING_ALREADY_PUBLISHED, "the ranking of " + campaignId
                    + " is already published");
        }
        List<String> unfinished = terms.members().stream().filter(unit -> !scorecard(unit).finalised())
                .map(UnitRef::name).toList();
        if (!unfinished.isEmpty()) {
            throw new DomainRejection(ErrorCode.SCORECARDS_NOT_FINALISED, "scorecards not final yet: "
                    + String.join(", ", unfinished));
        }
        RuleSet rules = rules(catalog);
        List<RankedUnit> unranked = terms.members().stream().map(unit -> {
            var scores = scorecard(unit).scores(criteria);
            return new RankedUnit(0, unit, Scorecard.total(scores), scores);
        }).toList();
        apply(new RankingPublished(campaignId, clusterId, year, Ranking.rank(unranked, rules.rankingMethod()),
                rules.rankingMethod(), rules.reference(RuleCode.RANKING)));
    }

    @CommandHandler
    void handle(HoldYearEndConference command, RuleSetCatalog catalog) {
        terms.requireOpen();
        conference.requireNotHeld(rules(catalog));
        YearEndConference.requireInItsYear(command.heldOn(), year);
        apply(new YearEndConferenceHeld(campaignId, year, command.heldOn(), Require.name("chair", command.chairedBy())));
    }

    @CommandHandler
    void handle(PresentDraftSummary command, RuleSetCatalog catalog) {
        terms.requireOpen();
        LocalDate presentedOn = conference.requireDraftExpected(rules(catalog));
        apply(new DraftSummaryPresented(campaignId, year, Require.name("presenter", command.presentedBy()),
                Require.text("draft", command.draft(), Require.MAX_TEXT), presentedOn));
    }

    @CommandHandler
    void handle(RecordSummaryComment command, RuleSetCatalog catalog) {
        terms.requireOpen();
        LocalDate recordedOn = conference.requireDraftPresented(rules(catalog));
        UnitRef unit = terms.member(Require.present("unit", command.unitId()));
        apply(new SummaryCommentRecorded(campaignId, year, conference.nextCommentNumber(), unit,
                Require.text("comment", command.comment(), Require.MAX_TEXT), recordedOn));
    }

    /** Labelling, not recording: the figures it names stay as they are, only the views mark them "minh họa". */
    @CommandHandler
    void handle(DeclareIllustrativeFigures command, @MetaDataValue(MetaDataKeys.ROLES) List<String> roles) {
        terms.requireOpen();
        apply(new IllustrativeFiguresDeclared(campaignId, year,
                illustrative.check(command.figures(), command.note(), roles), command.note()));
    }

    /**
     * Once: a second request would record nothing new, and saying so tells a secretariat that believed the campaign
     * did not yet require records. Not once closed, as everything else.
     */
    @CommandHandler
    void handle(RequireEmulationRecords command) {
        terms.requireOpen();
        String reason = Require.text("reason", command.reason(), Require.MAX_TEXT);
        if (recordsRequired) {
            throw new DomainRejection(ErrorCode.EMULATION_RECORDS_ALREADY_REQUIRED, "campaign " + campaignId
                    + " already requires a hồ sơ thi đua of every candidate for a title with criteria (R2–R5)");
        }
        apply(new EmulationRecordsRequired(campaignId, year, reason));
    }

    @CommandHandler
    void handle(CloseCampaign command, Clock clock) {
        terms.requireOpen();
        Require.text("summary", command.summary(), Require.MAX_TEXT);
        if (!rankingPublished) {
            throw new DomainRejection(ErrorCode.RANKING_NOT_PUBLISHED, "publish the ranking before closing the year");
        }
        apply(new CampaignClosed(campaignId, year, command.summary(), LocalDate.now(clock)));
    }

    /**
     * For {@link CampaignFacts}: the candidates as the pledge register knows them, and the member units, for a round
     * about to open; refused once the campaign is closed, whose final summary ended the year's deliberations.
     */
    Roster roster(List<RegistrantId> candidateIds) {
        terms.requireOpen();
        List<Candidate> candidates = candidateIds.stream().map(pledgeRegister::candidate).toList();
        List<Voter> memberUnits = terms.members().stream()
                .map(unit -> new Voter(new VoterId(unit.id().value()), unit.name(), unit)).toList();
        return new Roster(campaignId, year, candidates, memberUnits, chosenRuleVersion(), recordsRequired);
    }

    /** For {@link CampaignFacts}: the version the launch chose, which the year's rounds and appointments follow. */
    ChosenRuleVersion chosenRuleVersion() {
        return new ChosenRuleVersion(ruleSetId, ruleSetVersion);
    }

    KnownRegistrants known(List<RegistrantId> ids) {
        return new KnownRegistrants(year, ids.stream().flatMap(id -> pledgeRegister.find(id).stream())
                .map(candidate -> new Recipient(candidate.registrantId(), candidate.name(), candidate.unit())).toList(),
                chosenRuleVersion());
    }

    /** A unit whose scorecard can still change: a member, in an open campaign, not yet final. */
    private UnitRef scorableUnit(UnitId unitId) {
        terms.requireOpen();
        UnitRef unit = terms.member(unitId);
        if (scorecard(unit).finalised()) {
            throw new DomainRejection(ErrorCode.SCORECARD_FINALISED, "the scorecard of " + unit.name() + " is final");
        }
        return unit;
    }

    /** The rule set the campaign was launched under: a year keeps its rules when newer versions come in force. */
    private RuleSet rules(RuleSetCatalog catalog) {
        return catalog.byIdAndVersion(ruleSetId, ruleSetVersion);
    }

    private Criterion criterion(CriterionId criterionId) {
        return criteria.stream().filter(criterion -> criterion.criterionId().equals(criterionId)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.UNKNOWN_CRITERION, "criterion " + criterionId
                        + " is not in the scoring table of " + campaignId));
    }

    private Scorecard scorecard(UnitRef unit) {
        return scorecards.getOrDefault(unit.id().value(), Scorecard.empty());
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        campaignId = event.campaignId();
        clusterId = event.clusterId();
        year = event.year();
        ruleSetId = event.ruleSetId();
        ruleSetVersion = event.ruleSetVersion();
        criteria = new ArrayList<>(event.scoringScheme().criteria());
        terms.on(event);
    }

    @EventSourcingHandler
    void on(RegistrationWindowSet event) {
        terms.on(event);
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
    void on(YearEndConferenceHeld event) {
        conference.heldOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(DraftSummaryPresented event) {
        conference.draftPresented = true;
    }

    @EventSourcingHandler
    void on(SummaryCommentRecorded event) {
        conference.comments = event.number();
    }

    @EventSourcingHandler
    void on(IllustrativeFiguresDeclared event) {
        illustrative.on(event.figures());
    }

    @EventSourcingHandler
    void on(EmulationRecordsRequired event) {
        recordsRequired = true;
    }

    @EventSourcingHandler
    void on(CampaignClosed event) {
        terms.on(event);
    }
}
