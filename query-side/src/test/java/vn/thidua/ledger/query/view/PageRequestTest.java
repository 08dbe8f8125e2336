package vn.thidua.ledger.query.view;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.view.PageRequest.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void theOffsetIsPageTimesSizeWithoutOverflow() {
        assertThat(new PageRequest(3, 50, Order.NEWEST_FIRST).offset()).isEqualTo(150);
        assertThat(new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE, Order.OLDEST_FIRST).offset())
                .isEqualTo((long) Integer.MAX_VALUE * PageRequest.MAX_SIZE);
    }

    @Test
    void aNegativePageIsRefusedWithItsOwnCode() {
        assertThatThrownBy(() -> new PageRequest(-1, 10, Order.NEWEST_FIRST))
                .isInstanceOf(InvalidQueryException.class).extracting("code").isEqualTo(QueryRejectionCode.INVALID_PAGE);
    }

    @Test
    void aSizeOutsideOneToTheMaximumIsRefusedWithItsOwnCode() {
        assertThat(new PageRequest(0, 1, Order.NEWEST_FIRST).size()).isEqualTo(1);
        assertThat(new PageRequest(0, PageRequest.MAX_SIZE, Order.NEWEST_FIRST).size()).isEqualTo(PageRequest.MAX_SIZE);
        for (int size : new int[] {0, -5, PageRequest.MAX_SIZE + 1}) {
            assertThatThrownBy(() -> new PageRequest(0, size, Order.NEWEST_FIRST)).as("size %d", size)
                    .isInstanceOf(InvalidQueryException.class).extracting("code")
                    .isEqualTo(QueryRejectionCode.INVALID_PAGE_SIZE);
        }
    }

    @Test
    void theOrderIsNewestFirstUnlessOldestIsAskedForInAnyCase() {
        assertThat(PageRequest.order(null)).isEqualTo(Order.NEWEST_FIRST);
        assertThat(PageRequest.order(" ")).isEqualTo(Order.NEWEST_FIRST);
        assertThat(PageRequest.order("Newest")).isEqualTo(Order.NEWEST_FIRST);
        assertThat(PageRequest.order("OLDEST")).isEqualTo(Order.OLDEST_FIRST);
        assertThatThrownBy(() -> PageRequest.order("oldest-first"))
                .isInstanceOf(InvalidQueryException.class).extracting("code").isEqualTo(QueryRejectionCode.INVALID_ORDER);
    }

    @Test
    void everyQueryRefusalAnswersWithTheStatusOfItsCode() {
        assertThatThrownBy(() -> new PageRequest(-1, 10, Order.NEWEST_FIRST))
                .isInstanceOfSatisfying(QueryRejection.class, refusal -> assertThat(refusal.status()).isEqualTo(400));
        assertThatThrownBy(() -> new InvalidQueryException(QueryRejectionCode.REBUILD_REFUSED, "not a bad query"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
