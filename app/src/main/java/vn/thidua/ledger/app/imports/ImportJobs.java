package vn.thidua.ledger.app.imports;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Tiến độ các lần nhập (the progress of imports) on this node, in memory: an import's facts are events in the
 * ledger, its progress is only a convenience while it runs, so it is not kept across a restart (docs/excel-word.md).
 */
@Component
public class ImportJobs {

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    void put(ImportJob job) {
        jobs.put(job.importId(), job);
    }

    void update(String importId, UnaryOperator<ImportJob> change) {
        jobs.computeIfPresent(importId, (id, job) -> change.apply(job));
    }

    public Optional<ImportJob> find(String importId) {
        return Optional.ofNullable(jobs.get(importId));
    }
}
