package vn.thidua.ledger.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantTextTest {

    private static final long YEAR_1900 = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_2200 = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

    @Test
    void readsEveryInstantTheStoreWritesAsAxonWould() {
        SplittableRandom random = new SplittableRandom(20261130);
        for (int i = 0; i < 100_000; i++) {
            Instant written = Instant.ofEpochSecond(random.nextLong(YEAR_1900, YEAR_2200), random.nextInt(1_000_000_000));
            // Instant.toString writes 0, 3, 6 or 9 fraction digits: truncations give each shape
            for (ChronoUnit unit : new ChronoUnit[] {ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS,
                                                     ChronoUnit.NANOS}) {
                String text = written.truncatedTo(unit).toString();
                assertThat(InstantText.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text))
                        .isEqualTo(written.truncatedTo(unit));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T08:15:30.1Z", "2026-11-30T08:15:30.12345678Z", "2026-11-30T08:15:30+07:00",
                            "2026-11-30T08:15Z", "2026-11-30t08:15:30z", "+10000-01-01T00:00:00Z",
                            "2024-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z",
                            "2026-11-30T08:15:30.Z"})
    void readsOtherShapesAsAxonDoes(String text) {
        assertThat(InstantText.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T08:15:30Z", "2026-11-31T08:15:30Z", "2026-13-01T08:15:30Z",
                            "2026-11-30T24:00:00Z", "2026-11-30T08:60:00Z", "2026-11-30T23:59:60Z",
                            "2026-11-30T08:15:30.1234567890Z", "2026-11-3OT08:15:30Z",
                            "2026-11-30 08:15:30Z", "not a timestamp", ""})
    void refusesWhatAxonRefusesWithAxonsError(String text) {
        Class<? extends Throwable> axons = thrownBy(text).getClass();
        assertThatThrownBy(() -> InstantText.parse(text)).isExactlyInstanceOf(axons);
    }

    private static Throwable thrownBy(String text) {
        try {
            DateTimeUtils.parseInstant(text);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("Axon reads " + text);
    }
}
