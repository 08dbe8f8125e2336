package vn.thidua.ledger.app.role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.role}, bound so that a misspelt role fails the start instead of silently composing a node
 * with both sides.
 */
@ConfigurationProperties("thidua")
public record NodeRoleSettings(@DefaultValue("all") NodeRole role) {
}
