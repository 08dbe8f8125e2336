package vn.thidua.ledger.app.imports;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.app.security.Actor;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.decision.LegacyDecisions;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.command.nomination.RoundKeyGenerator;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.MetaDataKeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Ghi năm thi đua vào sổ cái (records an imported year): every fact of a checked workbook becomes the command the
 * API would send for it, through the same {@link CommandGateway}, so the aggregates enforce every rule and the events
 * are the API's; only the register's pledges go in {@code TranscribePledges} of
 * {@value YearCommands#PLEDGES_PER_COMMAND}, each pledge checked as a single registration would be, one commit per
 * transcription. Each command carries the uploader as principal (SECRETARIAT), the reason "Nhập từ sổ Excel
 * &lt;file&gt;" and the workbook's file name and SHA-256; the dates of the workbook are the commands' dates (the
 * launch's, the pledges' {@code registeredOn}, the rounds' opening, votes and closing, the decisions' signing), the
 * events' timestamps are the time of recording, as for any transcription. The commands are {@link YearCommands}.
 * <p>
 * One import at a time per node, on its own thread: the HTTP request returns at once with the import's id.
 */
@Component
public class YearImporter {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger LOG = LoggerFactory.getLogger(YearImporter.class);

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final Rehearsal rehearsal;
    private final LegacyDecisions legacyDecisions;
    private final YearCommands.Facts facts;
    private final ImportJobs jobs;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "year-import"));

    YearImporter(CommandGateway gateway, EventStore eventStore, ClusterFacts clusters, CampaignFacts campaigns,
                 RoundFacts rounds, RecordFacts records, LegacyDecisions legacyDecisions, RuleSetCatalog rules,
                 RoundKeyGenerator keys, ImportJobs jobs, Clock clock) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.rehearsal = new Rehearsal(clock, rules, keys, records);
        this.legacyDecisions = legacyDecisions;
        this.facts = new YearCommands.Facts(clusters, campaigns, rounds, records);
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * Everything that would stop the import, found before anything is recorded: conflicts with the ledger as it is,
     * then a {@link Rehearsal} of every command on in-memory copies of the aggregates. Empty: the import will record
     * the whole year (short of a concurrent writer taking one of its ids in the meantime).
     */
    List<WorkbookProblem> problemsWith(ImportedYear year, String fileName, String sha256, Actor uploader) {
        List<WorkbookProblem> conflicts = conflictsWithTheLedger(year);
        return conflicts.isEmpty() ? rehearsal.of(year, meta(fileName, sha256, uploader)) : conflicts;
    }

    /**
     * What the workbook cannot be imported against, given the ledger as it is: a year not yet over (only a past year
     * is transcribed), a cluster the ledger already holds (this version records a cluster's year from its start), or
     * a record, round or decision whose id the ledger already uses (the rehearsal starts from an empty store and cannot
     * see them; a record half in the ledger, half in the workbook would be rehearsed without its recorded half).
     */
    private List<WorkbookProblem> conflictsWithTheLedger(ImportedYear year) {
        List<WorkbookProblem> problems = new ArrayList<>();
        String sheet = YearWorkbook.CAMPAIGN.name();
        int thisYear = LocalDate.now(clock.withZone(VIETNAM)).getYear();
        if (year.year() >= thisYear) {
            problems.add(new WorkbookProblem(sheet, YearWorkbook.CAMPAIGN_ITEMS.indexOf(YearWorkbook.YEAR) + 2, "B",
                    YearWorkbook.YEAR, "only a year that is over is imported; record " + year.year() + " through the API"));
        }
        // By id, whatever kind of record holds it: the cluster's or the campaign's id taken by another (a record
        // "<cluster>-<year>") would otherwise fail the import's first commands after the cluster was formed.
        int clusterRow = YearWorkbook.CAMPAIGN_ITEMS.indexOf(YearWorkbook.CLUSTER_ID) + 2;
        if (recorded(year.clusterId())) {
            problems.add(new WorkbookProblem(sheet, clusterRow, "B", YearWorkbook.CLUSTER_ID,
                    "cluster " + year.clusterId() + " is already in the ledger"));
        } else if (recorded(CampaignId.of(new ClusterId(year.clusterId()), year.year()).value())) {
            problems.add(new WorkbookProblem(sheet, clusterRow, "B", YearWorkbook.CLUSTER_ID, "the campaign id "
                    + year.clusterId() + "-" + year.year() + " is already used in the ledger: choose another cluster id"));
        }
        year.records().stream().filter(line -> recorded(line.command().recordId().value()))
            .collect(Collectors.toMap(line -> line.command().recordId(), line -> line, (first, later) -> first,
                                      LinkedHashMap::new))
            .values().forEach(line -> problems.add(new WorkbookProblem(YearWorkbook.RECORDS.name(), line.row(), "A",
                    YearWorkbook.RECORDS.headers().get(0), "the record " + line.command().recordId()
                    + " is already in the ledger: add to it through the API")));
        year.results().rounds().stream().filter(r -> recorded(r.roundId())).forEach(r -> problems.add(
                new WorkbookProblem(YearWorkbook.ROUNDS.name(), r.row(), "A", YearWorkbook.ROUNDS.headers().get(0),
                                    "round " + r.roundId() + " is already in the ledger")));
        year.results().decisions().stream().filter(d -> recorded(DecisionId.of(d.signedOn().getYear(), d.number()), d.number()))
            .forEach(d -> problems.add(new WorkbookProblem(YearWorkbook.DECISIONS.name(), d.row(), "A",
                    YearWorkbook.DECISIONS.headers().get(0), "decision " + d.number() + " is already in the ledger")));
        return problems;
    }

    /** Under its yearly id, or (recorded before ids had a year) under its legacy one. */
    private boolean recorded(DecisionId decisionId, String number) {
        return recorded(decisionId.value())
                || legacyDecisions.yearlyIdOf(DecisionId.legacyOf(number)).filter(decisionId::equals).isPresent();
    }

    private boolean recorded(String aggregateId) {
        return eventStore.readEvents(aggregateId).hasNext();
    }

    private static Map<String, Object> meta(String fileName, String sha256, Actor uploader) {
        return Map.of(MetaDataKeys.PRINCIPAL, uploader.id(),
                      MetaDataKeys.ROLES, uploader.roles().stream().sorted().toList(),
                      MetaDataKeys.REASON, "Nhập từ sổ Excel " + fileName,
                      MetaDataKeys.SOURCE_FILE, fileName,
                      MetaDataKeys.SOURCE_SHA256, sha256);
    }

    ImportJob start(ImportedYear year, String fileName, String sha256, Actor uploader) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), fileName, sha256, uploader.id(),
                                      ImportJob.Status.RUNNING, year.commands(), 0, clock.instant(), null, null);
        jobs.put(job);
        Map<String, Object> meta = meta(fileName, sha256, uploader);
        worker.submit(() -> run(job.importId(), year, meta));
        return job;
    }

    private void run(String importId, ImportedYear year, Map<String, Object> meta) {
        String sheet = YearWorkbook.CAMPAIGN.name();
        int row = 2;
        try {
            for (YearCommands.Step step : YearCommands.of(year, facts)) {
                sheet = step.sheet();
                row = step.row();
                send(importId, step, meta);
            }
            jobs.update(importId, job -> job.finished(clock.instant()));
        } catch (RuntimeException refused) {
            // After a clean rehearsal only a concurrent writer (or the store failing) gets here.
            LedgerRefusal refusal = LedgerRefusal.of(refused);
            LOG.warn("Import {} stopped at {} row {}: {}", importId, sheet, row, refusal.code(), refused);
            ImportJob.Failure failure = new ImportJob.Failure(sheet, row, refusal.code(), refusal.detail());
            jobs.update(importId, job -> job.failed(clock.instant(), failure));
        }
    }

    private void send(String importId, YearCommands.Step step, Map<String, Object> meta) {
        gateway.sendAndWait(new GenericCommandMessage<>(step.command().get(), meta));
        jobs.update(importId, job -> job.progressed(step.facts()));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
