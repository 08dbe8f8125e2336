package vn.thidua.ledger.app.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.security.*}: the configured users of the embedded default (HTTP Basic).
 *
 * @param users each with a username, an encoded password ({@code {bcrypt}...}), roles (names from
 *              {@link Roles}) and, for a unit representative, the unit id it acts for
 */
@ConfigurationProperties("thidua.security")
public record SecuritySettings(@DefaultValue List<User> users) {

    public record User(String username, String password, @DefaultValue List<String> roles, String unitId) {
    }
}
