package vn.thidua.ledger.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.ledger.app.demo.DemoMode;

/**
 * Which Basic users this node has: the configured ones, plus the demo users when the demo mode wants
 * them. On a real store (MONGODB_URI or a JWT issuer) the public demo passwords are refused, wherever
 * they come from, unless {@code thidua.security.allow-demo-credentials-on-a-non-demo-store} says this
 * is a staging copy: a node holding real data must not open with a password printed in the docs.
 */
final class NodeUsers {

    static final String ALLOW_PROPERTY = "thidua.security.allow-demo-credentials-on-a-non-demo-store";

    private NodeUsers() {
    }

    /**
     * @param realStore why this node is not a demo store, or empty on a demo store
     */
    static List<SecuritySettings.User> of(SecuritySettings settings, DemoMode demoMode, Optional<String> realStore) {
        List<SecuritySettings.User> users = new ArrayList<>(settings.users());
        boolean demoUsers = demoMode.wantsDemoUsers(realStore.isPresent());
        if (realStore.isPresent() && !settings.allowDemoCredentialsOnANonDemoStore()) {
            String refused = "This node runs with " + realStore.get() + ", so it refuses the public demo "
                    + "credentials. ";
            if (demoUsers) {
                throw new IllegalStateException(refused + "thidua.demo.mode=" + demoMode + " asks for the demo users: "
                        + "set thidua.demo.mode=auto or off, or, for a staging copy only, " + ALLOW_PROPERTY + "=true");
            }
            settings.users().stream().filter(user -> DemoCredentials.isDemoHash(user.password())).findFirst()
                    .ifPresent(user -> {
                        throw new IllegalStateException(refused + "thidua.security.users: '" + user.username()
                                + "' has the password hash of a demo user (docs/security.md). Give it a new "
                                + "password, or, for a staging copy only, set " + ALLOW_PROPERTY + "=true");
                    });
        }
        if (demoUsers) {
            users.addAll(DemoCredentials.users());
        }
        return List.copyOf(users);
    }
}
