package vn.thidua.ledger.app.command;

import java.time.Clock;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.app.security.CurrentActor;
import vn.thidua.ledger.events.common.MetaDataKeys;

/**
 * Audit metadata: stamped on commands at dispatch, copied into every event they cause. Axon's
 * auto-configuration only adds its default {@link MessageOriginProvider} when no
 * {@link CorrelationDataProvider} bean exists, so declaring ours means declaring that one too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandSettings.class)
public class AuditConfiguration {

    /** Registered on the command bus by Axon's auto-configuration, like every handler interceptor bean. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandDeadline(Clock clock, CommandSettings settings) {
        return new CommandDeadline(clock, settings.timeout());
    }

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> auditMetaDataInterceptor(CurrentActor currentActor) {
        return new AuditMetaDataInterceptor(currentActor);
    }

    /** correlationId and traceId (Axon's keys) from the command into its events. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** principal, roles, unitId, reason, requestId from the command into its events. */
    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.CORRELATED.toArray(String[]::new));
    }
}
