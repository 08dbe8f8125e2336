package vn.thidua.ledger.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo users of {@code demo-users.yml}: kept out of the application's configuration (so they are
 * not in the Environment, not in /actuator/env, not bound by accident) and read from the classpath
 * only to add them on a demo store, or to recognise their password hashes anywhere else.
 */
final class DemoCredentials {

    static final String RESOURCE = "demo-users.yml";

    private static final List<SecuritySettings.User> USERS = load();
    private static final Set<String> HASHES = USERS.stream().map(SecuritySettings.User::password)
            .collect(Collectors.toUnmodifiableSet());

    private DemoCredentials() {
    }

    static List<SecuritySettings.User> users() {
        return USERS;
    }

    /** True when this encoded password is one of the demo users' (whose plaintexts are public). */
    static boolean isDemoHash(String encodedPassword) {
        return encodedPassword != null && HASHES.contains(encodedPassword.strip());
    }

    private static List<SecuritySettings.User> load() {
        try {
            var sources = new YamlPropertySourceLoader().load("demo-users", new ClassPathResource(RESOURCE));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("thidua.demo.users", Bindable.listOf(SecuritySettings.User.class))
                    .map(List::copyOf)
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no thidua.demo.users"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
