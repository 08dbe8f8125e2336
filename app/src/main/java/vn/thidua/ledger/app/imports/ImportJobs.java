package vn.thidua.ledger.app.imports;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Tiến độ các lần nhập (the progress of imports): the node running an import keeps it in memory, and writes it to the
 * collection {@code imports} ({@code _id} = the import's id) when it starts, each time it passes a multiple of {@value #WRITE_EVERY} facts
 * and when it ends, so that any node, and this one after a restart, can answer how far it got. One document write
 * per {@value #WRITE_EVERY} facts costs the recording nothing measurable. An import whose node stopped while it
 * ran stays RUNNING in the collection, at the count last written: the import itself does not resume (its facts up
 * to there are in the ledger, docs/excel-word.md).
 */
@Component
public class ImportJobs {

    static final String COLLECTION = "imports";
    static final int WRITE_EVERY = 200;

    private final Map<String, ImportJob> running = new ConcurrentHashMap<>();
    private final MongoCollection<Document> stored;

    ImportJobs(MongoDatabase database) {
        this.stored = database.getCollection(COLLECTION);
    }

    void put(ImportJob job) {
        running.put(job.importId(), job);
        save(job);
    }

    void update(String importId, UnaryOperator<ImportJob> change) {
        ImportJob before = running.get(importId);
        ImportJob job = running.computeIfPresent(importId, (id, current) -> change.apply(current));
        if (job != null && (job.status() != ImportJob.Status.RUNNING || before == null
                            || job.done() / WRITE_EVERY != before.done() / WRITE_EVERY)) {
            save(job);
        }
    }

    public Optional<ImportJob> find(String importId) {
        ImportJob here = running.get(importId);
        return here != null ? Optional.of(here)
                : Optional.ofNullable(stored.find(Filters.eq("_id", importId)).first()).map(ImportJobs::job);
    }

    private void save(ImportJob job) {
        stored.replaceOne(Filters.eq("_id", job.importId()), document(job), new ReplaceOptions().upsert(true));
    }

    private static Document document(ImportJob job) {
        Document failure = job.failure() == null ? null : new Document("sheet", job.failure().sheet())
                .append("row", job.failure().row()).append("code", job.failure().code())
                .append("message", job.failure().message());
        return new Document("_id", job.importId()).append("fileName", job.fileName()).append("sha256", job.sha256())
                .append("principal", job.principal()).append("status", job.status().name())
                .append("total", job.total()).append("done", job.done())
                .append("startedAt", Date.from(job.startedAt()))
                .append("finishedAt", job.finishedAt() == null ? null : Date.from(job.finishedAt()))
                .append("failure", failure);
    }

    private static ImportJob job(Document d) {
        Document f = d.get("failure", Document.class);
        ImportJob.Failure failure = f == null ? null : new ImportJob.Failure(f.getString("sheet"), f.getInteger("row"),
                                                                             f.getString("code"), f.getString("message"));
        Date finished = d.getDate("finishedAt");
        return new ImportJob(d.getString("_id"), d.getString("fileName"), d.getString("sha256"),
                             d.getString("principal"), ImportJob.Status.valueOf(d.getString("status")),
                             d.getInteger("total"), d.getInteger("done"), d.getDate("startedAt").toInstant(),
                             finished == null ? null : finished.toInstant(), failure);
    }
}
