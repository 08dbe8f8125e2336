package vn.thidua.ledger.query.summary;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.RuleVersionChosen;
import vn.thidua.ledger.events.common.RuleVersionBasis;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.fixtures.Member;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

class YearSummaryDocumentTest {

    private static XWPFDocument document(List<Object> events) throws IOException {
        YearSummaryFold.InMemory fold = new YearSummaryFold.InMemory(YearSummaryState.template(CLUSTER.value()));
        events.forEach(fold::apply);
        return new XWPFDocument(new ByteArrayInputStream(YearSummaryDocument.of(YearSummaryView.of(fold.state()))));
    }

    private static final ClusterIv2022Events YEAR = ClusterIv2022Events.CANONICAL;
    private static final Conference2022Events CONFERENCE = YEAR.conference();

    /** Two of the six members and all their staff pledge, the same two sign the covenant; the year is closed. */
    private static List<Object> year2022() {
        List<Object> events = new ArrayList<>(List.of(YEAR.formed(),
                YEAR.leadership(2022, Conference2022.HEAD_2022.unit(), Conference2022.DEPUTY_HEAD_2022.unit(),
                        Conference2022.APPOINTMENT_2022_NUMBER), YEAR.launched()));
        for (Member unit : List.of(HTQT, THADS)) {
            events.add(YEAR.unitPledge(unit));
            for (int n = 1; n <= unit.staff(); n++) {
                events.add(YEAR.staffPledge(unit, n));
            }
        }
        events.addAll(List.of(YEAR.covenant(HTQT), YEAR.covenant(THADS), YEAR.ranking(), CONFERENCE.flagRoundOpened(),
                CONFERENCE.flagRoundClosed(), CONFERENCE.flagProposal(), CONFERENCE.appointment2023(),
                YEAR.leadership(2023, HTQT.unit(), THADS.unit(), Conference2022.APPOINTMENT_NUMBER), YEAR.closed()));
        return events;
    }

    @Test
    void theHeadingsFollowTheOutlineOfABaoCaoTongKet() throws IOException {
        try (XWPFDocument doc = document(year2022())) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + " " + p.getText()).toList();

            assertThat(headings).containsExactly(
                    "Heading1 I. ĐẶC ĐIỂM, TÌNH HÌNH",
                    "Heading1 II. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                    "Heading2 1. Phát động phong trào thi đua",
                    "Heading2 2. Đăng ký thi đua",
                    "Heading2 3. Ký kết giao ước thi đua",
                    "Heading2 4. Chấm điểm, xếp hạng",
                    "Heading2 5. Bình xét, suy tôn",
                    "Heading2 6. Công tác khen thưởng",
                    "Heading1 III. ĐÁNH GIÁ CHUNG",
                    "Heading1 IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023");
            // Word shows a heading only if the document declares its style.
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        }
    }

    @Test
    void theFactsAreTheSummarysInVietnameseWithDatesAsDdMmYyyy() throws IOException {
        try (XWPFDocument doc = document(year2022())) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());

            assertThat(text).contains("Tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua số IV")
                            .contains("Năm 2022: Trưởng Cụm Vụ Các vấn đề chung về xây dựng pháp luật, Phó Trưởng Cụm Vụ Hợp tác quốc tế")
                            .contains("Năm 2023: Trưởng Cụm Vụ Hợp tác quốc tế")
                            .contains("2/6 đơn vị đăng ký thi đua; %d/%d cá nhân đăng ký (100,0%%)"
                                    .formatted(HTQT.staff() + THADS.staff(), HTQT.staff() + THADS.staff()))
                            .contains("2/6 đơn vị đã ký giao ước thi đua")
                            .contains("Cờ thi đua ngành Tư pháp")
                            .containsPattern("Tổng kết ngày \\d{2}/\\d{2}/\\d{4}: ");
            assertThat(tables).contains("Vụ Các vấn đề chung về xây dựng pháp luật")
                              .contains(Conference2022.PROPOSAL_NUMBER + "\tTờ trình đề nghị khen thưởng\tCờ thi đua ngành Tư pháp\t09/12/2022");
        }
    }

    @Test
    void theConferenceItsDraftTheCommentsAndTheHandoverAreReported() throws IOException {
        List<Object> events = new ArrayList<>(year2022());
        events.add(events.size() - 1, CONFERENCE.conferenceHeld());
        events.add(events.size() - 1, CONFERENCE.draftPresented());
        events.addAll(events.size() - 1, CONFERENCE.comments());
        events.add(CONFERENCE.handover());
        try (XWPFDocument doc = document(events)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());

            assertThat(text).contains("Hội nghị tổng kết ngày 09/12/2022 do Thứ trưởng Bộ Tư pháp Mai Lương Khôi chủ trì.")
                            .contains("Phó Vụ trưởng Vụ Hợp tác quốc tế Đào Quý Lộc trình bày dự thảo Báo cáo tổng kết: ")
                            .contains("Ngày 09/12/2022, Vụ Các vấn đề chung về xây dựng pháp luật bàn giao nhiệm vụ"
                                    + " Trưởng Cụm năm 2023 cho Vụ Hợp tác quốc tế.");
            assertThat(tables).contains("1\tTổng cục Thi hành án dân sự\t" + Conference2022.COMMENTS.get(0).text());
        }
    }

    @Test
    void aRuleVersionChosenByTheDossierSaysSoAtTheLaunch() throws IOException {
        RuleVersionChosen chosen = new RuleVersionChosen(YEAR.campaign(), 2022, "btp-thidua", 1,
                RuleVersionBasis.DOSSIER_RECEIVED, LocalDate.of(2021, 12, 20), "Hồ sơ tiếp nhận trước (minh họa)");
        try (XWPFDocument doc = document(List.of(YEAR.formed(), YEAR.launched(), chosen))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());

            assertThat(text).contains("theo bộ quy tắc btp-thidua phiên bản 1 (chọn theo ngày tiếp nhận hồ sơ"
                    + " 20/12/2021: Hồ sơ tiếp nhận trước (minh họa)).");
        }
    }

    @Test
    void aYearNotYetRankedOrClosedSaysSo() throws IOException {
        try (XWPFDocument doc = document(List.of(YEAR.formed(), YEAR.launched()))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());

            assertThat(text).contains("Kết quả xếp hạng chưa được công bố.")
                            .contains("Năm 2022 chưa được tổng kết")
                            .contains("Năm 2023: chưa có quyết định Trưởng Cụm, Phó Trưởng Cụm.");
        }
    }

    @Test
    void aTotalWithDecimalsIsWrittenWithADecimalCommaAsThePercentagesAre() throws IOException {
        RankingPublished published = YEAR.ranking();
        RankingPublished halfPoints = new RankingPublished(published.campaignId(), published.clusterId(),
                published.year(), published.ranking().stream().map(row -> row.rank() != 1 ? row
                        : new RankedUnit(1, row.unit(), new BigDecimal("97.50"), row.breakdown())).toList(),
                published.method(), published.rule());
        List<Object> events = new ArrayList<>(year2022());
        events.set(events.indexOf(published), halfPoints);
        try (XWPFDocument doc = document(events)) {
            String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());

            assertThat(tables).containsPattern("(?m)^1\t[^\t]+\t97,50$").doesNotContain("97.50");
        }
    }

    @Test
    void inventedPointsOrderAndTalliesAreLabelledMinhHoaWhereTheyAreShown() throws IOException {
        List<Object> events = new ArrayList<>(year2022());
        events.add(events.indexOf(YEAR.launched()) + 1, YEAR.illustrativeFigures());
        events.add(events.indexOf(CONFERENCE.flagRoundOpened()) + 1, CONFERENCE.flagRoundTalliesIllustrative());
        try (XWPFDocument doc = document(events)) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());

            assertThat(text).contains("Số liệu minh họa (điểm, thứ hạng): " + Conference2022.ILLUSTRATIVE_FIGURES_NOTE)
                            .contains("Đơn vị dẫn đầu (minh họa): Tổng cục Thi hành án dân sự")
                            .containsPattern("Cờ thi đua ngành Tư pháp \\(mở ngày .*\\): được suy tôn: .*"
                                    + " \\(số phiếu minh họa: " + Conference2022.ILLUSTRATIVE_TALLIES_NOTE + "\\)\\.");
            assertThat(rankingHeaders(doc)).containsExactly("Hạng (minh họa)", "Đơn vị", "Tổng điểm (minh họa)");
        }
    }

    @Test
    void onlyTheFiguresDeclaredAreLabelledAndAYearWithoutDeclarationsHasNoLabel() throws IOException {
        List<Object> events = new ArrayList<>(year2022());
        events.add(events.indexOf(YEAR.launched()) + 1, new IllustrativeFiguresDeclared(YEAR.campaign(), 2022, List.of(IllustrativeFigure.SCORES),
                                                      "Điểm tập huấn"));
        try (XWPFDocument labelled = document(events); XWPFDocument plain = document(year2022())) {
            assertThat(rankingHeaders(labelled)).containsExactly("Hạng", "Đơn vị", "Tổng điểm (minh họa)");
            String text = String.join("\n", labelled.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("Số liệu minh họa (điểm): Điểm tập huấn").contains("Đơn vị dẫn đầu: ");
            // The demo's invented member units carry "(minh họa)" in their names; the figures carry no label.
            assertThat(rankingHeaders(plain)).containsExactly("Hạng", "Đơn vị", "Tổng điểm");
            assertThat(plain.getParagraphs()).extracting(XWPFParagraph::getText)
                    .noneMatch(p -> p.startsWith("Số liệu minh họa") || p.contains("số phiếu minh họa"))
                    .anyMatch(p -> p.startsWith("Đơn vị dẫn đầu: "));
        }
    }

    /** The header row of the ranking table, the one table whose first column is the rank. */
    private static List<String> rankingHeaders(XWPFDocument doc) {
        return doc.getTables().stream().map(t -> t.getRow(0)).filter(r -> r.getCell(0).getText().startsWith("Hạng"))
                  .findFirst().orElseThrow().getTableCells().stream().map(c -> c.getText()).toList();
    }
}
