package vn.thidua.ledger.query.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    private static final List<Integer> SEVEN = IntStream.range(0, 7).boxed().toList();

    @Test
    void aShortListIsCutInMemoryWithItsTotals() {
        assertThat(Page.of(SEVEN, 1, 3)).isEqualTo(new Page<>(List.of(3, 4, 5), 1, 3, 7, 3));
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        assertThat(Page.of(SEVEN, 2, 3).items()).containsExactly(6);
    }

    @Test
    void aPagePastTheEndIsEmptyButKeepsTheTotals() {
        assertThat(Page.of(SEVEN, 5, 3)).isEqualTo(new Page<>(List.of(), 5, 3, 7, 3));
    }

    @Test
    void anEmptyListHasNoPages() {
        assertThat(Page.of(List.of(), 0, 20)).isEqualTo(new Page<>(List.of(), 0, 20, 0, 0));
    }

    @Test
    void aPageFarPastTheEndDoesNotOverflow() {
        assertThat(Page.of(SEVEN, Integer.MAX_VALUE, Page.MAX_SIZE).items()).isEmpty();
        assertThat(Page.bounds(Integer.MAX_VALUE, Page.MAX_SIZE, 7)).containsExactly(7, 7);
    }

    @Test
    void aNegativePageOrASizeOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> Page.of(SEVEN, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(SEVEN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(SEVEN, 0, Page.MAX_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.bounds(-1, 3, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBoundsOfAStoredListAreTheOrdinalsOfThePage() {
        assertThat(Page.bounds(0, 3, 7)).containsExactly(0, 3);
        assertThat(Page.bounds(2, 3, 7)).containsExactly(6, 7);
        assertThat(Page.bounds(3, 3, 7)).containsExactly(7, 7);
    }

    @Test
    void aLoadedPageCountsItsPagesFromTheTotal() {
        assertThat(Page.loaded(List.of("g"), 2, 3, 7)).isEqualTo(new Page<>(List.of("g"), 2, 3, 7, 3));
    }

    @Test
    void aPageCannotBeChangedThroughTheListItWasMadeFrom() {
        List<Integer> items = new java.util.ArrayList<>(List.of(1, 2));
        Page<Integer> page = new Page<>(items, 0, 2, 2, 1);
        items.add(3);
        assertThat(page.items()).containsExactly(1, 2);
    }
}
