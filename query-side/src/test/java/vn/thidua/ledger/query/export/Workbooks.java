package vn.thidua.ledger.query.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads an exported workbook back as Excel shows it: each row's cells as the text their format displays. */
public final class Workbooks {

    private static final DataFormatter SHOWN = new DataFormatter();

    private Workbooks() {
    }

    public static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of the sheet as displayed text, empty cells as "". */
    public static List<List<String>> shown(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : SHOWN.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The rows after the one that starts with {@code firstHeader}: the table under a sheet's title lines. */
    public static List<List<String>> below(Sheet sheet, String firstHeader) {
        List<List<String>> rows = shown(sheet);
        int header = rows.indexOf(rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(firstHeader))
                                      .findFirst().orElseThrow());
        return rows.subList(header + 1, rows.size());
    }
}
