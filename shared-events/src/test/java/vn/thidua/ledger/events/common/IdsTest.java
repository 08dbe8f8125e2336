package vn.thidua.ledger.events.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdsTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "$where", "{\"$gt\":\"\"}", "a/b", ".", "..", "Vụ-HTQT", "tab\t", "٣", "a\u0000b",
            "a:b", "a b", "a\uD83D\uDE00", "\uD83D",
            "a12345678901234567890123456789012345678901234567890123456789012345"})
    void anIdRejectsJunkAtConstruction(String junk) {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitId(junk));
    }

    @Test
    void anIdAcceptsLettersDigitsDotsDashesAndUnderscores() {
        assertThat(new UnitId("tcthads_2022.v-1").value()).isEqualTo("tcthads_2022.v-1");
        assertThat(new UnitId(".a").value()).isEqualTo(".a");
        assertThat(new UnitId("Z9_").value()).isEqualTo("Z9_");
    }

    @Test
    void anIdIsAtMostSixtyFourCharacters() {
        String longest = "a".repeat(IdRules.MAX_LENGTH);
        assertThat(new UnitId(longest).value()).isEqualTo(longest);
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitId(longest + "a"));
    }

    @Test
    void aCampaignIdIsTheClusterAndTheYear() {
        assertThat(CampaignId.of(new ClusterId("cum-iv"), 2022)).isEqualTo(new CampaignId("cum-iv-2022"));
    }
}
