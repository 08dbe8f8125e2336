package vn.thidua.ledger.app.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether MongoDB answers a {@code ping}: everything (events, tokens, views) lives there. Boot's own Mongo
 * health check comes with spring-data-mongodb, which this service does not use.
 */
@Component("mongo")
public class MongoHealthIndicator implements HealthIndicator {

    private final MongoDatabase database;

    public MongoHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", database.getName()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", database.getName())
                         .withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
