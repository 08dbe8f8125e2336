package vn.thidua.ledger.query.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Bảng tính xuất ra (an exported workbook), written row by row: a sheet is a title, optional lines under it, a
 * bold header and typed rows. Numbers stay numbers and dates stay dates (formatted {@code dd/MM/yyyy}, instants in
 * Vietnam time {@code dd/MM/yyyy HH:mm:ss}), so a reader can sort and add them in Excel; text is written as text,
 * never as a formula, so a name like {@code =HYPERLINK(...)} in the ledger is shown, not run.
 * <p>
 * Streaming (SXSSF, 200 rows in memory): an audit history or a pledge register of tens of thousands of rows costs
 * no more heap than a small one.
 */
public final class SheetWriter implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_WIDTH = 60 * 256;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private Sheet sheet;
    private int[] widths = new int[0];

    public SheetWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        short dateFormat = workbook.createDataFormat().getFormat(VietnamDates.DATE_PATTERN);
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(VietnamDates.DATE_TIME_PATTERN));
    }

    /** Starts a sheet: its title on the first row, then {@code lines} (one text each), a blank row and the header. */
    public SheetWriter sheet(String name, String titleText, List<String> lines, String... headers) {
        finishSheet();
        sheet = workbook.createSheet(name);
        widths = new int[headers.length];
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(titleText);
        cell.setCellStyle(title);
        for (String line : lines) {
            sheet.createRow(sheet.getLastRowNum() + 1).createCell(0).setCellValue(line);
        }
        Row head = sheet.createRow(sheet.getLastRowNum() + 2);
        for (int i = 0; i < headers.length; i++) {
            Cell h = head.createCell(i);
            h.setCellValue(headers[i]);
            h.setCellStyle(header);
            widen(i, headers[i].length());
        }
        sheet.createFreezePane(0, head.getRowNum() + 1);
        return this;
    }

    /**
     * One row of the current sheet. Values: {@link String}, {@link Number} (a {@link java.math.BigDecimal} as its double),
     * {@link LocalDate}, {@link Instant}, {@link Boolean} ("Có"/"Không"); null leaves the cell empty.
     */
    public SheetWriter row(Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            write(row, i, values[i]);
        }
        return this;
    }

    /** The workbook as xlsx bytes. */
    public byte[] bytes() {
        finishSheet();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    @Override
    public void close() {
        try {
            // Deletes the temporary files the streaming sheets were written to.
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the workbook", e);
        }
    }

    private void write(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes ? "Có" : "Không");
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(VietnamDates.local(instant));
            cell.setCellStyle(dateTime);
        } else {
            cell.setCellValue(value.toString());
        }
        widen(column, value instanceof Instant ? VietnamDates.DATE_TIME_PATTERN.length()
                : value instanceof LocalDate ? VietnamDates.DATE_PATTERN.length() : value.toString().length());
    }

    private void widen(int column, int characters) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], characters);
        }
    }

    /** Column widths from the longest value seen (auto-sizing needs fonts, which a headless server may lack). */
    private void finishSheet() {
        if (sheet == null) {
            return;
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_COLUMN_WIDTH, (widths[i] + 2) * 256));
        }
        sheet = null;
    }
}
