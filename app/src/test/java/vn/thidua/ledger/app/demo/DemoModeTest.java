package vn.thidua.ledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void autoLoadsOnlyIntoTheEmbeddedStore() {
        assertThat(DemoMode.AUTO.wantsDemo(false)).isTrue();
        assertThat(DemoMode.AUTO.wantsDemo(true)).isFalse();
    }

    @Test
    void alwaysIfEmptyAlsoLoadsIntoAnExternalMongoDb() {
        assertThat(DemoMode.ALWAYS_IF_EMPTY.wantsDemo(true)).isTrue();
        assertThat(DemoMode.ALWAYS_IF_EMPTY.wantsDemo(false)).isTrue();
    }

    @Test
    void offNeverLoads() {
        assertThat(DemoMode.OFF.wantsDemo(false)).isFalse();
        assertThat(DemoMode.OFF.wantsDemo(true)).isFalse();
    }
}
