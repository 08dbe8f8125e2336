package vn.thidua.ledger.app.integrity;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.app.axon.EventStoreProperties;
import vn.thidua.ledger.app.mongo.EmbeddedBackend;
import vn.thidua.ledger.app.mongo.MongoSettings;
import vn.thidua.ledger.eventstore.IntegritySealer;
import vn.thidua.ledger.eventstore.IntegrityVerifier;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Tamper evidence of the history (docs/integrity.md): the checkpoint key, the verifier behind
 * {@code GET /api/audit/integrity}, and the periodic sealing of settled history into signed checkpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegritySettings.class)
public class IntegrityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntegrityConfiguration.class);
    static final String KEY_FILE_NAME = "integrity-ed25519.properties";

    @Bean
    public IntegrityKeys integrityKeys(IntegritySettings settings, MongoSettings mongo,
                                       @Value("${thidua.data-dir:./data}") Path dataDir) {
        if (settings.publicKey() != null && !settings.publicKey().isBlank()) {
            return IntegrityKeys.configured(settings.privateKey(), settings.publicKey());
        }
        if (settings.keyFile() != null) {
            return IntegrityKeys.inFile(settings.keyFile());
        }
        if (!mongo.external()) {
            return mongo.embedded().backend() == EmbeddedBackend.MEMORY
                    ? IntegrityKeys.ephemeral()
                    : IntegrityKeys.inFile(dataDir.resolve(KEY_FILE_NAME));
        }
        log.warn("No checkpoint key configured (thidua.integrity.public-key / private-key): this node does not seal,"
                         + " and verifies checkpoints against the key of the first one");
        return IntegrityKeys.none();
    }

    @Bean
    public IntegrityVerifier integrityVerifier(MongoDatabase database, IntegrityKeys keys, Clock clock,
                                               EventStoreProperties eventStore, IntegritySettings settings) {
        return new IntegrityVerifier(database, keys.trusted().orElse(null), clock, eventStore.gapTimeout(),
                                     settings.window());
    }

    @Bean
    public IntegritySealing integritySealing(MongoDatabase database, IntegrityKeys keys, Clock clock,
                                             IntegritySettings settings) {
        IntegritySealer sealer = keys.signing()
                                     .filter(pair -> !settings.sealInterval().isZero())
                                     .map(pair -> new IntegritySealer(database, pair, clock, settings.window(),
                                                                      settings.maxRange()))
                                     .orElse(null);
        return new IntegritySealing(sealer, settings.sealInterval());
    }
}
