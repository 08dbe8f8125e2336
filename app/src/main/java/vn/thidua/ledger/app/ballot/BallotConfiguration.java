package vn.thidua.ledger.app.ballot;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.nomination.BallotCredentialMailbox;

/** The secret-ballot credential mailbox the nomination round delivers to and voters collect from. */
@Configuration(proxyBeanMethods = false)
public class BallotConfiguration {

    @Bean
    BallotCredentialMailbox ballotCredentialMailbox(MongoDatabase database) {
        return new MongoBallotCredentialMailbox(database);
    }
}
