package vn.thidua.ledger.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.core.ThrowingRunnable;
import org.springframework.web.client.RestClient;
import vn.thidua.ledger.app.demo.DemoLoader;
import vn.thidua.ledger.app.demo.DemoOutcome;
import vn.thidua.ledger.app.demo.DemoUsers;

/** Reads the running demo ledger over real HTTP, as a demo user or anonymously, with JSONPath. */
public final class DemoYearApi {

    /** Generous: on two busy cores the year (~80 bcrypt logins and commands) takes ten seconds or so. */
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(120);
    /** Views are updated asynchronously after the last command. */
    private static final Duration VIEWS_TIMEOUT = Duration.ofSeconds(20);

    private final RestClient http;

    public DemoYearApi(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    /** The outcome of the loader's start with the context, once it is done; it must have loaded. */
    public static DemoOutcome loaded(DemoLoader loader) throws Exception {
        DemoOutcome outcome = loader.startupOutcome().get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(outcome.status()).as(outcome.detail()).isEqualTo(DemoOutcome.Status.LOADED);
        return outcome;
    }

    /** Retries the assertions until the views have caught up with the event store. */
    public static void eventually(ThrowingRunnable assertions) {
        await().atMost(VIEWS_TIMEOUT).untilAsserted(assertions);
    }

    /** GET as a demo user (null = anonymous); the JSON body, failing on any status but 2xx. */
    public String get(String user, String path) {
        RestClient.RequestHeadersSpec<?> request = http.get().uri(path);
        if (user != null) {
            request = request.headers(headers -> headers.setBasicAuth(user, DemoUsers.passwordOf(user),
                    StandardCharsets.UTF_8));
        }
        return request.retrieve().body(String.class);
    }

    /** GET, then read {@code jsonPath} from the answer. */
    public <T> T read(String user, String path, String jsonPath) {
        return JsonPath.read(get(user, path), jsonPath);
    }
}
