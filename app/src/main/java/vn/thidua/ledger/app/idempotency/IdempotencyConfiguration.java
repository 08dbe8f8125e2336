package vn.thidua.ledger.app.idempotency;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.app.command.CommandSettings;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotencyConfiguration {

    @Bean
    IdempotencyStore idempotencyStore(MongoDatabase database, IdempotencySettings settings,
                                      CommandSettings commands) {
        settings.requireClaimOutlives(commands.timeout());
        return new IdempotencyStore(database, Clock.systemUTC(), settings.claimTimeout(), settings.retention());
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyStore store, ProblemResponseWriter problems,
                                        IdempotencySettings settings) {
        return new IdempotencyFilter(store, problems, settings.excludedPaths());
    }
}
