package vn.thidua.ledger.app.role;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.thidua.ledger.command.cluster.ClusterController;
import vn.thidua.ledger.query.cluster.ClusterViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code thidua.role} composes a node from one side or both. Each case starts its own small context. */
class NodeRoleTest {

    @Test
    void aCommandNodeHasTheCommandEndpointsAndNoViews() {
        try (ConfigurableApplicationContext node = start("command")) {
            assertThat(node.getBeanNamesForType(ClusterController.class)).hasSize(1);
            assertThat(node.getBeanNamesForType(ClusterViews.class)).isEmpty();
        }
    }

    @Test
    void aQueryNodeHasTheViewsAndNoCommandEndpoints() {
        try (ConfigurableApplicationContext node = start("query")) {
            assertThat(node.getBeanNamesForType(ClusterViews.class)).hasSize(1);
            assertThat(node.getBeanNamesForType(ClusterController.class)).isEmpty();
        }
    }

    @Test
    void aMisspeltRoleStopsTheStart() {
        assertThatThrownBy(() -> start("comand").close()).hasStackTraceContaining("comand");
    }

    private static ConfigurableApplicationContext start(String role) {
        return new SpringApplication(Node.class).run(
                "--spring.profiles.active=test", "--thidua.role=" + role, "--server.port=0",
                "--thidua.demo.mode=off");
    }

    /** The application as it ships: its own package, without the other tests' support beans and configurations. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackages = "vn.thidua.ledger.app", excludeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = {".*Test.*", "vn\\.thidua\\.ledger\\.app\\.testsupport\\..*",
                                            "vn\\.thidua\\.ledger\\.app\\.ThiDuaLedgerApplication"}))
    static class Node {
    }
}
