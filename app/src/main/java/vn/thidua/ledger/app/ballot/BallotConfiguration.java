package vn.thidua.ledger.app.ballot;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.nomination.BallotCredentialMailbox;

/** The secret-ballot credential mailbox the nomination round delivers to and voters collect from. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BallotSettings.class)
public class BallotConfiguration {

    @Bean
    BallotCredentialMailbox ballotCredentialMailbox(MongoDatabase database, Clock clock, BallotSettings settings) {
        return new MongoBallotCredentialMailbox(database, clock, settings);
    }
}
