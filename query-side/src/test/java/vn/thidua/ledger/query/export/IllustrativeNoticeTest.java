package vn.thidua.ledger.query.export;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.fixtures.Conference2022;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the files put next to invented figures: the same as the pages', whatever the file. */
class IllustrativeNoticeTest {

    @Test
    void theNoticeNamesTheDeclaredFiguresInVietnameseThenTheNote() {
        assertThat(IllustrativeNotice.of(List.of(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING),
                                         Conference2022.ILLUSTRATIVE_FIGURES_NOTE))
                .isEqualTo("Số liệu minh họa (điểm, thứ hạng): " + Conference2022.ILLUSTRATIVE_FIGURES_NOTE);
        assertThat(IllustrativeNotice.of(List.of(IllustrativeFigure.RANKING), "Thứ hạng tập huấn"))
                .isEqualTo("Số liệu minh họa (thứ hạng): Thứ hạng tập huấn");
    }

    @Test
    void aLabelledHeadingCarriesTheSameLabelAsTheJson() {
        assertThat(IllustrativeNotice.labelled("Tổng điểm")).isEqualTo("Tổng điểm (" + IllustrativeFigure.LABEL + ")")
                                                            .isEqualTo("Tổng điểm (minh họa)");
    }
}
