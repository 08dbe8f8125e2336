package vn.thidua.ledger.app.imports;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import vn.thidua.ledger.command.campaign.Campaign;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.cluster.EmulationCluster;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.command.decision.Decision;
import vn.thidua.ledger.command.decision.LegacyDecisions;
import vn.thidua.ledger.command.nomination.InMemoryRoundKeyVault;
import vn.thidua.ledger.command.nomination.NominationRound;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.command.nomination.RoundKeyGenerator;
import vn.thidua.ledger.command.nomination.RoundKeyVault;
import vn.thidua.ledger.command.record.EmulationRecord;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.command.rules.RuleSetCatalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diễn tập (a rehearsal): every command of the workbook sent, in order and with the import's metadata, to the same
 * aggregates on a private in-memory event store, before anything reaches the ledger. The event store has no
 * transaction across aggregates, so this is how the import is all-or-nothing: a refusal the reader did not foresee
 * (a rule of the aggregates, e.g. a round's threshold or R1 against the recorded pledges) is found here, reported
 * as a problem of its sheet and row with the ledger's code, and the real import never starts. The rehearsal sends
 * the very commands the import will send (the register in transcriptions of many pledges).
 * <p>
 * The imported year starts from nothing (a new cluster, checked against the ledger before), so an empty store is
 * an exact copy of what the aggregates will see. Axon is configured without its auto-located modules: the update
 * checker is one of them and would call out to the internet.
 */
final class Rehearsal {

    private final Clock clock;
    private final RuleSetCatalog rules;
    private final RoundKeyGenerator keys;
    /**
     * The ledger's own records: the rehearsal checks R2–R5 against the workbook's records (recorded on its private
     * store) and, for holders and years the workbook does not bring, against the real ones.
     */
    private final RecordFacts records;

    Rehearsal(Clock clock, RuleSetCatalog rules, RoundKeyGenerator keys, RecordFacts records) {
        this.clock = clock;
        this.rules = rules;
        this.keys = keys;
        this.records = records;
    }

    /** The first command the aggregates refuse, as a problem of its row; empty if the whole year is recorded. */
    List<WorkbookProblem> of(ImportedYear year, Map<String, Object> meta) {
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(cached(EmulationCluster.class))
                .configureAggregate(cached(Campaign.class))
                .configureAggregate(cached(NominationRound.class))
                .configureAggregate(cached(Decision.class))
                .configureAggregate(cached(EmulationRecord.class))
                .registerComponent(Clock.class, c -> clock)
                .registerComponent(RuleSetCatalog.class, c -> rules)
                .registerComponent(RoundKeyGenerator.class, c -> keys)
                // Nothing is recorded here under a legacy decision id: the importer checks the real ledger for them.
                .registerComponent(LegacyDecisions.class, c -> legacyId -> Optional.empty())
                // A secret round's key in a rehearsal is thrown away with it: it must never reach the real vault.
                .registerComponent(RoundKeyVault.class, c -> new InMemoryRoundKeyVault())
                .buildConfiguration();
        axon.start();
        try {
            YearCommands.Facts facts = new YearCommands.Facts(
                    new ClusterFacts(reader(axon, EmulationCluster.class)),
                    new CampaignFacts(reader(axon, Campaign.class)),
                    new RoundFacts(reader(axon, NominationRound.class)),
                    records.readingFirst(reader(axon, EmulationRecord.class)));
            for (YearCommands.Step step : YearCommands.of(year, facts)) {
                Optional<WorkbookProblem> problem = refusalOf(axon, step, meta);
                if (problem.isPresent()) {
                    return List.of(problem.get());
                }
            }
            return List.of();
        } finally {
            axon.shutdown();
        }
    }

    /**
     * The step's refusal as a problem of its row. A transcription that is refused recorded nothing (one unit of work),
     * so its rows are sent again one by one to find the row that the refusal is about.
     */
    private static Optional<WorkbookProblem> refusalOf(Configuration axon, YearCommands.Step step,
                                                       Map<String, Object> meta) {
        try {
            axon.commandGateway().sendAndWait(new GenericCommandMessage<>(step.command().get(), meta));
            return Optional.empty();
        } catch (RuntimeException refused) {
            for (YearCommands.Step row : step.rows()) {
                Optional<WorkbookProblem> problem = refusalOf(axon, row, meta);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            LedgerRefusal refusal = LedgerRefusal.of(refused);
            return Optional.of(new WorkbookProblem(step.sheet(), step.row(), "", "",
                    "the ledger would refuse this row: " + refusal.detail(), refusal.code()));
        }
    }

    /**
     * Kept between commands, as the ledger's own aggregates are: uncached, each of 10,000 pledges would fold the
     * campaign's whole history again (quadratic).
     */
    private static <A> AggregateConfigurer<A> cached(Class<A> type) {
        return AggregateConfigurer.defaultConfiguration(type).configureCache(c -> new WeakReferenceCache());
    }

    private static <T> AggregateReader<T> reader(Configuration axon, Class<T> type) {
        java.util.function.Supplier<Repository<T>> repository = () -> axon.repository(type);
        return new AggregateReader<>(repository);
    }
}
