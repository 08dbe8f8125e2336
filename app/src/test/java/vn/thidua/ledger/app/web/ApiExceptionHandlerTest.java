package vn.thidua.ledger.app.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import vn.thidua.ledger.command.common.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTest {

    @Test
    void everyKindHasItsStatus() {
        assertThat(ApiExceptionHandler.statusOf(ErrorCode.Kind.INVALID).value()).isEqualTo(400);
        assertThat(ApiExceptionHandler.statusOf(ErrorCode.Kind.FORBIDDEN).value()).isEqualTo(403);
        assertThat(ApiExceptionHandler.statusOf(ErrorCode.Kind.NOT_FOUND).value()).isEqualTo(404);
        assertThat(ApiExceptionHandler.statusOf(ErrorCode.Kind.CONFLICT).value()).isEqualTo(409);
    }

    @Test
    void eventStoreDuplicateKeyIsAConcurrentModification() {
        MongoWriteException duplicate = new MongoWriteException(
                new WriteError(11000, "E11000 duplicate key error", new BsonDocument()), new ServerAddress());
        ProblemDetail problem = ApiExceptionHandler.classify(
                new CompletionException(new EventStoreException("append failed", duplicate)));
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    @Test
    void aDuplicateKeyInABatchAppendIsAConcurrentModification() {
        MongoBulkWriteException duplicate = new MongoBulkWriteException(BulkWriteResult.unacknowledged(),
                List.of(new BulkWriteError(11000, "duplicate", new BsonDocument(), 0)), null, new ServerAddress(), Set.of());
        ProblemDetail problem = ApiExceptionHandler.classify(new EventStoreException("append failed", duplicate));
        assertThat(problem).isNotNull();
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    @Test
    void aDuplicateKeyIsRecognisedByItsCodeNotByItsMessage() {
        assertThat(ApiExceptionHandler.classify(new EventStoreException("E11000 duplicate key error",
                new IllegalStateException("E11000 duplicate key error")))).isNull();
    }

    @Test
    void otherEventStoreFailuresAreNotClassified() {
        assertThat(ApiExceptionHandler.classify(new EventStoreException("disk full"))).isNull();
    }

    @Test
    void aCommandPastItsDeadlineIs503SoTheIdempotencyKeyIsReleased() {
        ProblemDetail problem = ApiExceptionHandler.classify(new org.axonframework.commandhandling.CommandExecutionException(
                "failed", new vn.thidua.ledger.app.command.CommandTimedOut("RegisterPledge", java.time.Duration.ofSeconds(30))));
        assertThat(problem).isNotNull();
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getProperties()).containsEntry("code", "COMMAND_TIMED_OUT");
    }
}
