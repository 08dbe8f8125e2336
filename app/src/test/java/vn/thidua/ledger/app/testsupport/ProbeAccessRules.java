package vn.thidua.ledger.app.testsupport;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static vn.thidua.ledger.app.security.ApiAccessMatrix.SIGNED_IN;
import static vn.thidua.ledger.app.security.ApiAccessMatrix.rule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.ledger.app.security.ApiAccessMatrix;

/**
 * The application's URL rules plus rows for the test-only {@link ProbeController} under {@code /api/probe/**}
 * (its {@code /api/public/probe} and {@code /api/audit/probe} fall under the standard rows). Scanned into every
 * test context, like the probe itself; everything else is still denied by default.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeAccessRules {

    public static final String PROBE_PATHS = "/api/probe/**";

    @Bean
    ApiAccessMatrix apiAccessMatrixWithProbes() {
        return ApiAccessMatrix.standard().and(rule(GET, SIGNED_IN, PROBE_PATHS), rule(POST, SIGNED_IN, PROBE_PATHS));
    }
}
