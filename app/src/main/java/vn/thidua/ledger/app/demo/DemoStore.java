package vn.thidua.ledger.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import vn.thidua.ledger.app.mongo.MongoSettings;

/**
 * Whether this node runs on a demo store: the embedded MongoDB and no external JWT issuer. A node
 * with {@code MONGODB_URI} or an issuer serves real data and real people, so the public demo
 * credentials have no place there.
 */
public final class DemoStore {

    /** Boot's property naming the external OIDC/JWT issuer (docs/security.md). */
    public static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private DemoStore() {
    }

    /** Why this node is not a demo store ("MONGODB_URI (an external MongoDB)", ...), or empty when it is one. */
    public static Optional<String> realStoreReason(MongoSettings mongo, Environment environment) {
        List<String> reasons = new ArrayList<>();
        if (mongo.external()) {
            reasons.add("MONGODB_URI (an external MongoDB)");
        }
        if (StringUtils.hasText(environment.getProperty(ISSUER_URI))) {
            reasons.add("a JWT issuer (" + ISSUER_URI + ")");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", reasons));
    }
}
