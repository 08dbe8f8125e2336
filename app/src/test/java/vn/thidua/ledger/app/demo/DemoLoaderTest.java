package vn.thidua.ledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.ledger.app.testsupport.DemoYearApi;
import vn.thidua.ledger.app.testsupport.DemoYearTest;

/**
 * The loader in the demo test context: started with {@code thidua.demo.mode=always-if-empty} on a
 * fresh memory store, it loaded the year at start-up; started again, as after a restart, it finds
 * events and loads nothing. The year's content is checked by {@code ClusterIv2022ScenarioTest}.
 */
@DemoYearTest
class DemoLoaderTest {

    @Autowired
    private DemoLoader loader;
    @Autowired
    private EventStorageEngine eventStorage;
    @LocalServerPort
    private int port;

    @Test
    void loadsTheWholeScriptIntoTheEmptyStoreWhenTheApplicationIsReady() throws Exception {
        DemoOutcome outcome = DemoYearApi.loaded(loader);

        assertThat(outcome.requests().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(ClusterIv2022Script.steps().size());
        assertThat(outcome.requests()).containsEntry("RegisterPledge", 22L).containsEntry("SignCovenant", 12L)
                .containsEntry("CastOpenBallot", 6L).containsEntry("LaunchCampaign", 2L);
        // One event per request, plus the cluster's LeadershipAppointed recorded with each of the two appointment
        // decisions (the 2022 and the 2023 head and deputy).
        assertThat(outcome.storeHead()).isEqualTo(ClusterIv2022Script.steps().size() + 2);
    }

    @Test
    void aSecondStartOnAStoreWithEventsLoadsNothing() throws Exception {
        DemoYearApi.loaded(loader);
        long head = head();

        DemoOutcome again = loader.start().get(30, TimeUnit.SECONDS);

        assertThat(again.status()).isEqualTo(DemoOutcome.Status.SKIPPED);
        assertThat(again.detail()).contains("already has events");
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void aRefusedStepFailsWithItsNumberActorAndTheApisAnswer() throws Exception {
        DemoYearApi.loaded(loader);
        DemoStep formAgain = ClusterIv2022Script.steps().get(0);

        assertThatThrownBy(() -> new ScriptRunner("http://127.0.0.1:" + port).run(List.of(formAgain), (i, s) -> { }))
                .isInstanceOf(DemoStepFailed.class)
                .hasMessageContaining("step 1/1 FormCluster as thu-ky")
                .hasMessageContaining("409")
                .hasMessageContaining("ALREADY_EXISTS");
    }

    private long head() {
        return eventStorage.createHeadToken().position().orElse(0);
    }
}
