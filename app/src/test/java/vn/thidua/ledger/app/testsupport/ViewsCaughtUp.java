package vn.thidua.ledger.app.testsupport;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.demo.DemoUsers;

/**
 * Waits until every view has reached the ledger's head: for a test that reads what several views, or several
 * documents of one view, make of the same events. Each view has its own processor, and one batch writes its documents
 * one collection after another, so the effect of one event seen in one place says nothing of the rest; a view's token
 * moves only once its batch is written.
 */
public final class ViewsCaughtUp {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private ViewsCaughtUp() {
    }

    public static void await(MockMvc mvc) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/admin/views")
                        .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT))))
                .andExpect(jsonPath("$[*].lag", everyItem(is(0)))));
    }
}
