package vn.thidua.ledger.app.role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Composes the node from the two sides according to {@code thidua.role} (see {@link NodeRole}): the command
 * side's components are scanned unless the node is query-only, the query side's unless it is command-only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NodeRoleSettings.class)
public class RoleComposition {

    /** Command endpoints and the services they use. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${thidua.role:all}'.toLowerCase() != 'query'")
    @ComponentScan("vn.thidua.ledger.command")
    static class CommandSide {
    }

    /** Projectors, view stores, read endpoints, as-of and rebuilds. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${thidua.role:all}'.toLowerCase() != 'command'")
    @ComponentScan("vn.thidua.ledger.query")
    static class QuerySide {
    }
}
