package vn.thidua.ledger.app.imports;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.ledger.app.imports.YearWorkbook.Layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Mẫu sổ Excel (the template to fill in, and the writer of filled workbooks, e.g. the sample): every sheet with its
 * header row in bold, the campaign sheet with its items in column A, text-formatted columns so that Excel keeps ids
 * like {@code 01} and dates as typed.
 */
public final class YearWorkbookTemplate {

    private final XSSFWorkbook book = new XSSFWorkbook();

    public YearWorkbookTemplate() {
        XSSFCellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        XSSFCellStyle text = book.createCellStyle();
        text.setDataFormat(book.createDataFormat().getFormat("@"));
        for (Layout layout : YearWorkbook.SHEETS) {
            Sheet sheet = book.createSheet(layout.name());
            Row header = sheet.createRow(0);
            for (int i = 0; i < layout.headers().size(); i++) {
                header.createCell(i).setCellValue(layout.headers().get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 28 * 256);
            }
        }
        for (String item : YearWorkbook.CAMPAIGN_ITEMS) {
            book.getSheet(YearWorkbook.CAMPAIGN.name()).createRow(YearWorkbook.CAMPAIGN_ITEMS.indexOf(item) + 1)
                .createCell(0).setCellValue(item);
        }
    }

    /** Sets a campaign item's value (column B of its row). */
    public YearWorkbookTemplate item(String item, String value) {
        book.getSheet(YearWorkbook.CAMPAIGN.name()).getRow(YearWorkbook.CAMPAIGN_ITEMS.indexOf(item) + 1)
            .createCell(1).setCellValue(value);
        return this;
    }

    /** Appends a row of text cells to a sheet. */
    public YearWorkbookTemplate row(Layout layout, List<String> values) {
        Sheet sheet = book.getSheet(layout.name());
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); book) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }
}
