package vn.thidua.ledger.app.ballot;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.command.nomination.RoundKeyGenerator;
import vn.thidua.ledger.command.nomination.RoundKeyVault;
import vn.thidua.ledger.command.nomination.RsaRoundKeyGenerator;

/** Ký mù (blind signing): what a secret round needs, fresh RSA keys and a vault for the private halves. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BallotSettings.class)
public class BallotConfiguration {

    @Bean
    RoundKeyVault roundKeyVault(MongoDatabase database) {
        return new MongoRoundKeyVault(database);
    }

    @Bean
    RoundKeyGenerator roundKeyGenerator(BallotSettings settings) {
        return new RsaRoundKeyGenerator(settings.keyBits());
    }
}
