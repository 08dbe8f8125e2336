package vn.thidua.ledger.app.imports;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.app.security.Actor;
import vn.thidua.ledger.app.web.ApiExceptionHandler;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.MetaDataKeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Ghi năm thi đua vào sổ cái (records an imported year): every fact of a checked workbook becomes the command the
 * API would send for it, through the same {@link CommandGateway}, so the aggregates enforce every rule and the events
 * are the API's. Each command carries the uploader as principal (SECRETARIAT), the reason "Nhập từ sổ Excel
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
    private final ClusterFacts clusters;
    private final YearCommands.Facts facts;
    private final ImportJobs jobs;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "year-import"));

    YearImporter(CommandGateway gateway, ClusterFacts clusters, CampaignFacts campaigns, RoundFacts rounds,
                 ImportJobs jobs, Clock clock) {
        this.gateway = gateway;
        this.clusters = clusters;
        this.facts = new YearCommands.Facts(clusters, campaigns, rounds);
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * What the workbook cannot be imported against, given the ledger as it is: a year not yet over (only a past year
     * is transcribed) or a cluster the ledger already holds (this version records a cluster's year from its start).
     */
    List<WorkbookProblem> conflictsWithTheLedger(ImportedYear year) {
        List<WorkbookProblem> problems = new ArrayList<>();
        String sheet = YearWorkbook.CAMPAIGN.name();
        int thisYear = LocalDate.now(clock.withZone(VIETNAM)).getYear();
        if (year.year() >= thisYear) {
            problems.add(new WorkbookProblem(sheet, YearWorkbook.CAMPAIGN_ITEMS.indexOf(YearWorkbook.YEAR) + 2, "B",
                    YearWorkbook.YEAR, "only a year that is over is imported; record " + year.year() + " through the API"));
        }
        try {
            clusters.inYear(new ClusterId(year.clusterId()), year.year());
            problems.add(new WorkbookProblem(sheet, YearWorkbook.CAMPAIGN_ITEMS.indexOf(YearWorkbook.CLUSTER_ID) + 2, "B",
                    YearWorkbook.CLUSTER_ID, "cluster " + year.clusterId() + " is already in the ledger"));
        } catch (AggregateNotFoundException notYet) {
            // The expected case: the import forms the cluster.
        }
        return problems;
    }

    ImportJob start(ImportedYear year, String fileName, String sha256, Actor uploader) {
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), fileName, sha256, uploader.id(),
                                      ImportJob.Status.RUNNING, year.commands(), 0, clock.instant(), null, null);
        jobs.put(job);
        Map<String, Object> meta = Map.of(MetaDataKeys.PRINCIPAL, uploader.id(),
                                          MetaDataKeys.ROLES, uploader.roles().stream().sorted().toList(),
                                          MetaDataKeys.REASON, "Nhập từ sổ Excel " + fileName,
                                          MetaDataKeys.SOURCE_FILE, fileName,
                                          MetaDataKeys.SOURCE_SHA256, sha256);
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
                send(importId, step.command().get(), meta);
            }
            jobs.update(importId, job -> job.finished(clock.instant()));
        } catch (RuntimeException refused) {
            // The refusal as the API would have answered it (code and detail, never an internal message).
            ProblemDetail problem = ApiExceptionHandler.classify(refused);
            String code = problem == null || problem.getProperties() == null ? "INTERNAL_ERROR"
                    : String.valueOf(problem.getProperties().get("code"));
            LOG.warn("Import {} stopped at {} row {}: {}", importId, sheet, row, code, refused);
            ImportJob.Failure failure = new ImportJob.Failure(sheet, row, code,
                    problem == null ? "The ledger could not record this row." : problem.getDetail());
            jobs.update(importId, job -> job.failed(clock.instant(), failure));
        }
    }

    private void send(String importId, Object command, Map<String, Object> meta) {
        gateway.sendAndWait(new GenericCommandMessage<>(command, meta));
        jobs.update(importId, ImportJob::progressed);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
