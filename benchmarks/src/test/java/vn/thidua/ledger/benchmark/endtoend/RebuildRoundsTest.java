package vn.thidua.ledger.benchmark.endtoend;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rebuilds the end-to-end benchmark compares with the reference, and what it says about their checksums. */
class RebuildRoundsTest {

    private static final long EVENTS = 100_000;

    @Test
    void theMedianOfTheRoundsAfterTheFirstIsCompared() {
        RebuildRounds rounds = new RebuildRounds(List.of(
                List.of(rebuild("auditLog", 10, true, true), rebuild("pledges", 1, true, true)),
                List.of(rebuild("auditLog", 2, true, true), rebuild("pledges", 4, true, true)),
                List.of(rebuild("auditLog", 4, true, true), rebuild("pledges", 2, true, true)),
                List.of(rebuild("auditLog", 3, true, true), rebuild("pledges", 3, true, true))));

        assertThat(rounds.median(0).seconds()).isEqualTo(3);
        assertThat(rounds.median(1).seconds()).isEqualTo(3);
        assertThat(rounds.first().get(0).seconds()).isEqualTo(10);
        assertThat(rounds.comparedRates(0)).containsExactly(EVENTS / 2.0, EVENTS / 4.0, EVENTS / 3.0);
    }

    @Test
    void ofAnEvenNumberOfRoundsTheSlowerMiddleOneIsCompared() {
        RebuildRounds rounds = new RebuildRounds(List.of(List.of(rebuild("auditLog", 9, true, true)),
                                                         List.of(rebuild("auditLog", 2, true, true)),
                                                         List.of(rebuild("auditLog", 4, true, true))));

        assertThat(rounds.median(0).seconds()).isEqualTo(4);
    }

    @Test
    void aSingleRoundIsComparedAsItIs() {
        RebuildRounds rounds = new RebuildRounds(List.of(List.of(rebuild("auditLog", 5, true, true))));

        assertThat(rounds.median(0).seconds()).isEqualTo(5);
    }

    @Test
    void aViewIsIdenticalOnlyIfEveryRoundsRebuildWas() {
        RebuildRounds rounds = new RebuildRounds(List.of(
                List.of(rebuild("auditLog", 1, true, false), rebuild("pledges", 1, true, true),
                        rebuild("rankings", 1, true, true)),
                List.of(rebuild("auditLog", 1, true, true), rebuild("pledges", 1, true, true),
                        rebuild("rankings", 1, false, false))));

        assertThat(rounds.identical(0)).isEqualTo("NO");
        assertThat(rounds.identical(1)).isEqualTo("yes");
        assertThat(rounds.identical(2)).isEqualTo("-");
    }

    private static Views.Rebuild rebuild(String view, double seconds, boolean finished, boolean sameChecksum) {
        return new Views.Rebuild(view, EVENTS, seconds, finished, EVENTS / seconds, sameChecksum, Double.NaN);
    }
}
