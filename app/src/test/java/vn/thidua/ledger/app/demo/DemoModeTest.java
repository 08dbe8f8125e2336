package vn.thidua.ledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code wantsDemo(realStore)} / {@code wantsDemoUsers(realStore)}: a real store is an external MongoDB or a JWT issuer. */
class DemoModeTest {

    @Test
    void autoGivesTheDemoUsersAndYearOnlyOnADemoStore() {
        assertThat(DemoMode.AUTO.wantsDemo(false)).isTrue();
        assertThat(DemoMode.AUTO.wantsDemoUsers(false)).isTrue();
        assertThat(DemoMode.AUTO.wantsDemo(true)).isFalse();
        assertThat(DemoMode.AUTO.wantsDemoUsers(true)).isFalse();
    }

    @Test
    void alwaysIfEmptyAlsoAsksForThemOnARealStore() {
        assertThat(DemoMode.ALWAYS_IF_EMPTY.wantsDemo(true)).isTrue();
        assertThat(DemoMode.ALWAYS_IF_EMPTY.wantsDemoUsers(true)).isTrue();
        assertThat(DemoMode.ALWAYS_IF_EMPTY.wantsDemo(false)).isTrue();
    }

    @Test
    void usersOnlyGivesTheDemoUsersOnADemoStoreWithoutTheYear() {
        assertThat(DemoMode.USERS_ONLY.wantsDemo(false)).isFalse();
        assertThat(DemoMode.USERS_ONLY.wantsDemoUsers(false)).isTrue();
        assertThat(DemoMode.USERS_ONLY.wantsDemoUsers(true)).isFalse();
    }

    @Test
    void offGivesNeither() {
        assertThat(DemoMode.OFF.wantsDemo(false)).isFalse();
        assertThat(DemoMode.OFF.wantsDemoUsers(false)).isFalse();
        assertThat(DemoMode.OFF.wantsDemo(true)).isFalse();
    }
}
