package vn.thidua.ledger.query.asof;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.view.QueryRejectionCode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsOfTest {

    private static final Instant NOON = Instant.parse("2022-12-09T05:00:00Z");

    @Test
    void digitsAreAGlobalPositionAndAnIsoInstantIsATime() {
        assertThat(AsOf.parse("57")).isEqualTo(new AsOf.Position(57));
        assertThat(AsOf.parse("0")).isEqualTo(new AsOf.Position(0));
        assertThat(AsOf.parse("0057")).isEqualTo(new AsOf.Position(57));
        assertThat(AsOf.parse("9223372036854775807")).isEqualTo(new AsOf.Position(Long.MAX_VALUE));
        assertThat(AsOf.parse("2022-12-09T05:00:00Z")).isEqualTo(new AsOf.At(NOON));
    }

    @Test
    void anythingElseIsInvalid() {
        for (String text : new String[] {null, "", "-5", "yesterday", "12:00", "2022-12-09", "9223372036854775808",
                "\uff15\uff13"}) {
            assertThatThrownBy(() -> AsOf.parse(text)).as(text).isInstanceOf(InvalidAsOfException.class)
                                                     .hasFieldOrPropertyWithValue("code", QueryRejectionCode.INVALID_AS_OF);
        }
    }

    @Test
    void aPositionIncludesEventsAtOrBelowItAndAnInstantEventsStampedAtOrBeforeIt() {
        StreamIndex.Entry entry = new StreamIndex.Entry(3, 57, NOON);

        assertThat(new AsOf.Position(57).includes(entry)).isTrue();
        assertThat(new AsOf.Position(56).includes(entry)).isFalse();
        assertThat(new AsOf.At(NOON).includes(entry)).isTrue();
        assertThat(new AsOf.At(NOON.minusNanos(1)).includes(entry)).isFalse();
    }
}
