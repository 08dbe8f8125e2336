package vn.thidua.ledger.query.summary;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.query.export.IllustrativeNotice;
import vn.thidua.ledger.query.export.VietnamDates;
import vn.thidua.ledger.query.summary.YearSummaryState.Conference;
import vn.thidua.ledger.query.summary.YearSummaryState.DecisionRow;
import vn.thidua.ledger.query.summary.YearSummaryState.Illustrative;
import vn.thidua.ledger.query.summary.YearSummaryState.Leadership;
import vn.thidua.ledger.query.summary.YearSummaryState.Ranking;
import vn.thidua.ledger.query.summary.YearSummaryState.Round;
import vn.thidua.ledger.query.summary.YearSummaryState.Signature;
import vn.thidua.ledger.query.summary.YearSummaryView.UnitCoverage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Báo cáo tổng kết công tác thi đua, khen thưởng (the year-end summary report) as a Word document, in the outline
 * such a report follows: I. the situation (members, leadership), II. the results (launch, pledges, covenant,
 * ranking, deliberation, commendation), III. the overall assessment (the year-end conference, the draft report and
 * the members' comments on it, the closing summary), IV. next year's direction (the new head and deputy, the
 * handover). Headings use Word's own "Heading 1/2" styles, so the navigation pane and a
 * table of contents see the outline. The facts are those of the JSON year summary, nothing added.
 */
final class YearSummaryDocument {

    static final List<String> OUTLINE = List.of(
            "I. ĐẶC ĐIỂM, TÌNH HÌNH",
            "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
            "1. Phát động phong trào thi đua",
            "2. Đăng ký thi đua",
            "3. Ký kết giao ước thi đua",
            "4. Chấm điểm, xếp hạng",
            "5. Bình xét, suy tôn",
            "6. Công tác khen thưởng",
            "III. ĐÁNH GIÁ CHUNG",
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ");

    private final XWPFDocument doc = new XWPFDocument();
    private final YearSummaryView s;

    private YearSummaryDocument(YearSummaryView summary) {
        this.s = summary;
        headingStyle("Heading1", "heading 1", 0);
        headingStyle("Heading2", "heading 2", 1);
    }

    static byte[] of(YearSummaryView summary) {
        return new YearSummaryDocument(summary).write();
    }

    private byte[] write() {
        title();
        situation();
        heading1(OUTLINE.get(1));
        launch();
        pledges();
        covenant();
        ranking();
        rounds();
        decisions();
        heading1(OUTLINE.get(8));
        conference();
        text(s.closing() == null ? "Năm " + s.year() + " chưa được tổng kết (phong trào chưa kết thúc)."
                : "Tổng kết ngày " + VietnamDates.date(s.closing().closedOn()) + ": " + s.closing().summary());
        heading1(OUTLINE.get(9) + (s.year() + 1));
        text(leadership("Năm " + (s.year() + 1), s.nextYearLeadership()));
        if (s.handover() != null) {
            text("Ngày " + VietnamDates.date(s.handover().handedOverOn()) + ", " + s.handover().outgoingHeadName()
                    + " bàn giao nhiệm vụ Trưởng Cụm năm " + s.handover().year() + " cho "
                    + s.handover().incomingHeadName() + ".");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); doc) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the year summary document", e);
        }
    }

    private void title() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(16);
        run.setText("BÁO CÁO");
        XWPFParagraph sub = doc.createParagraph();
        sub.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun subRun = sub.createRun();
        subRun.setBold(true);
        subRun.setText("Tổng kết công tác thi đua, khen thưởng năm " + s.year() + " của " + s.clusterName());
    }

    private void situation() {
        heading1(OUTLINE.get(0));
        text(s.clusterName() + " năm " + s.year() + " có " + s.members().size() + " đơn vị thành viên:");
        table(List.of("STT", "Đơn vị"), IntStream.range(0, s.members().size())
                .mapToObj(i -> List.of(String.valueOf(i + 1), s.members().get(i).unitName())).toList());
        text(leadership("Năm " + s.year(), s.leadership()));
    }

    private void conference() {
        Conference c = s.conference();
        if (c == null) {
            return;
        }
        text("Hội nghị tổng kết ngày " + VietnamDates.date(c.heldOn()) + " do " + c.chairedBy() + " chủ trì.");
        if (c.draft() != null) {
            text(c.draft().presentedBy() + " trình bày dự thảo Báo cáo tổng kết: " + c.draft().text());
        }
        if (!c.comments().isEmpty()) {
            text("Ý kiến góp ý dự thảo:");
            table(List.of("STT", "Đơn vị", "Ý kiến"), c.comments().stream()
                    .map(comment -> List.of(String.valueOf(comment.number()), comment.unitName(), comment.text()))
                    .toList());
        }
    }

    private void launch() {
        heading2(OUTLINE.get(2));
        YearSummaryState.Campaign c = s.campaign();
        text(c == null ? "Chưa phát động." : "Phát động " + c.name() + " ngày " + VietnamDates.date(c.launchedOn())
                + ", theo bộ quy tắc " + c.ruleSetId() + " phiên bản " + c.ruleSetVersion() + choice(c) + ".");
    }

    /** Said only when the version was not the emulation year's, with the date it was read on and why. */
    private static String choice(YearSummaryState.Campaign c) {
        YearSummaryState.RuleVersionChoice choice = c.ruleVersionChoice();
        if (choice == null) {
            return "";
        }
        String basis = "DOSSIER_RECEIVED".equals(choice.basis()) ? "ngày tiếp nhận hồ sơ" : "năm thi đua";
        return " (chọn theo " + basis + " " + VietnamDates.date(choice.referenceDate()) + ": " + choice.reason() + ")";
    }

    private void pledges() {
        heading2(OUTLINE.get(3));
        YearSummaryView.PledgeCoverage c = s.pledgeCoverage();
        text(c.unitsRegistered() + "/" + c.memberUnits() + " đơn vị đăng ký thi đua; " + c.individualsRegistered()
                + "/" + c.staff() + " cá nhân đăng ký" + (c.percent() == null ? "." : " (" + percent(c.percent()) + ")."));
        table(List.of("Đơn vị", "Đơn vị đăng ký", "Số cán bộ", "Cá nhân đăng ký", "Tỷ lệ"), c.units().stream()
                .map(YearSummaryDocument::coverageRow).toList());
    }

    private static List<String> coverageRow(UnitCoverage u) {
        return List.of(u.unitName(), u.unitRegistered() ? "Có" : "Không", u.staff() == null ? "" : u.staff().toString(),
                       String.valueOf(u.individualsRegistered()), u.percent() == null ? "" : percent(u.percent()));
    }

    private void covenant() {
        heading2(OUTLINE.get(4));
        text(s.covenant().signed() + "/" + s.covenant().memberUnits() + " đơn vị đã ký giao ước thi đua.");
        table(List.of("Đơn vị", "Ngày ký"), s.covenant().signatures().stream()
                .map((Signature sig) -> List.of(sig.unitName(), VietnamDates.date(sig.signedOn()))).toList());
    }

    /** Invented points or order say so above the table and in the headers over them, as the ranking page does. */
    private void ranking() {
        heading2(OUTLINE.get(5));
        Ranking r = s.ranking();
        if (r == null) {
            text("Kết quả xếp hạng chưa được công bố.");
            return;
        }
        Illustrative illustrative = s.illustrative();
        if (illustrative != null) {
            text(IllustrativeNotice.of(illustrative.figures(), illustrative.note()));
        }
        table(List.of(invented(IllustrativeFigure.RANKING, "Hạng"), "Đơn vị", invented(IllustrativeFigure.SCORES, "Tổng điểm")),
              r.rows().stream().map(row -> List.of(String.valueOf(row.rank()), row.unitName(), decimal(row.total())))
               .toList());
        // The leading units follow from the order, so they are as invented as it is.
        text(invented(IllustrativeFigure.RANKING, "Đơn vị dẫn đầu") + ": " + String.join(", ", s.leadingUnits()) + ".");
    }

    private String invented(IllustrativeFigure figure, String heading) {
        return s.illustrative() != null && s.illustrative().figures().contains(figure)
                ? IllustrativeNotice.labelled(heading) : heading;
    }

    private void rounds() {
        heading2(OUTLINE.get(6));
        if (s.rounds().isEmpty()) {
            text("Không có đợt bình xét.");
        }
        for (Round round : s.rounds()) {
            String when = " (mở ngày " + VietnamDates.date(round.openedOn()) + (round.closedOn() == null
                    ? ", chưa kết thúc)" : ", kết thúc ngày " + VietnamDates.date(round.closedOn()) + ")");
            String outcome = round.closedOn() == null ? "" : ": được suy tôn: "
                    + (round.winners().isEmpty() ? "không có" : String.join(", ", round.winners()));
            // Winners of invented ballots are as invented as the ballots.
            String label = round.illustrative() == null ? ""
                    : " (số phiếu " + round.illustrative().label() + ": " + round.illustrative().note() + ")";
            text(round.titleName() + when + outcome + label + ".");
        }
    }

    private void decisions() {
        heading2(OUTLINE.get(7));
        if (s.decisions().isEmpty()) {
            text("Chưa có quyết định trong năm.");
            return;
        }
        table(List.of("Số", "Loại", "Danh hiệu", "Ngày ký", "Đối tượng", "Ghi chú"), s.decisions().stream()
                .map(YearSummaryDocument::decisionRow).toList());
    }

    private static List<String> decisionRow(DecisionRow d) {
        return List.of(d.decisionNumber(), decisionType(d.type()), d.titleName() == null ? "" : d.titleName(),
                       VietnamDates.date(d.signedOn()), String.join(", ", d.concerns()), d.note() == null ? "" : d.note());
    }

    static String decisionType(String type) {
        return switch (type) {
            case "AWARD" -> "Quyết định khen thưởng";
            case "PROPOSAL" -> "Tờ trình đề nghị khen thưởng";
            case "APPOINTMENT" -> "Quyết định Trưởng Cụm, Phó Trưởng Cụm";
            case "REVOCATION" -> "Quyết định hủy bỏ, thu hồi";
            default -> type;
        };
    }

    private static String leadership(String when, Leadership l) {
        return l == null ? when + ": chưa có quyết định Trưởng Cụm, Phó Trưởng Cụm."
                : when + ": Trưởng Cụm " + l.headName() + ", Phó Trưởng Cụm " + l.deputyName() + " (quyết định "
                  + l.decisionNumber() + ").";
    }

    private static String percent(BigDecimal value) {
        return decimal(value) + "%";
    }

    /** As Vietnamese writes a number: a decimal comma (97,5), in the totals as in the percentages. */
    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private void heading1(String text) {
        styled("Heading1", text);
    }

    private void heading2(String text) {
        styled("Heading2", text);
    }

    private void styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private void text(String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private void table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        fill(table.getRow(0), headers, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setText(cells.get(i));
        }
    }

    /** Word's built-in heading style, declared in the document (a style id without a declaration reads as Normal). */
    private void headingStyle(String id, String name, int level) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        ct.addNewRPr().addNewB();
        ct.getRPr().addNewSz().setVal(BigInteger.valueOf(level == 0 ? 28 : 26));
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
