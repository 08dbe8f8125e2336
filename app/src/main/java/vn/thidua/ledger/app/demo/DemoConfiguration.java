package vn.thidua.ledger.app.demo;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.thidua.ledger.app.mongo.MongoSettings;

/** The demo loader with its script; whether it loads anything is decided at start (see {@link DemoMode}). */
@Configuration
@EnableConfigurationProperties(DemoSettings.class)
public class DemoConfiguration {

    @Bean
    public DemoLoader demoLoader(DemoSettings settings, MongoSettings mongo, EventStorageEngine eventStorage,
                                 Environment environment) {
        return new DemoLoader(settings, mongo, eventStorage, environment, ClusterIv2022Script.steps());
    }
}
