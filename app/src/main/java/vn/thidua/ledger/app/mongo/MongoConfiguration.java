package vn.thidua.ledger.app.mongo;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.thidua.ledger.query.view.ViewDatabase;

/**
 * The one MongoDB connection of the application. Spring Boot's own Mongo auto-configuration is not
 * on the classpath in Boot 4 (module {@code spring-boot-mongodb} is not a dependency), so nothing
 * competes with these beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoSettings.class)
public class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(MongoSettings settings, @Value("${thidua.data-dir:./data}") Path dataDir) {
        return settings.external()
                ? MongoEndpoint.external(settings.uri())
                : MongoEndpoint.embedded(settings.embedded(), dataDir, settings.viewsDatabase());
    }

    /**
     * Destroy method disabled: {@link MongoEndpoint#close()} closes the client and then the server,
     * in that order; beans using the client are destroyed before the endpoint because they depend
     * on it through this bean.
     */
    @Bean(destroyMethod = "")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        return endpoint.client();
    }

    /** The ledger's database: the one a component gets unless it asks for the {@link ViewDatabase}. */
    @Bean
    @Primary
    MongoDatabase mongoDatabase(MongoClient client, MongoSettings settings) {
        return client.getDatabase(settings.database());
    }

    @Bean
    @ViewDatabase
    MongoDatabase viewDatabase(MongoClient client, MongoSettings settings) {
        return client.getDatabase(settings.viewsDatabase());
    }
}
