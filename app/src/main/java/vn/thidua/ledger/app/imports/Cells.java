package vn.thidua.ledger.app.imports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Đọc một ô (reading one cell) as the person who typed it meant it: text trimmed (a number typed into a text column
 * read as Excel shows it), whole numbers, decimals, and dates as a date cell or {@code dd/MM/yyyy} text. Each reader
 * says what it could not read; the caller turns that into a {@link WorkbookProblem} with the cell's place.
 */
final class Cells {

    private static final DataFormatter SHOWN = new DataFormatter();
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
                                                                   .withResolverStyle(ResolverStyle.STRICT);

    private Cells() {
    }

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : SHOWN.formatCellValue(cell).strip();
    }

    static boolean blank(Row row, int columns) {
        for (int i = 0; i < columns; i++) {
            if (!text(row, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A date cell, or text dd/MM/yyyy, of a year from {@value #FIRST_YEAR} to {@value #LAST_YEAR} (the years a workbook
     * imports are 1990–2100; the ledger's ids hold four-digit years): any other is no date, reported by its cell.
     */
    static Optional<LocalDate> date(Row row, int column) {
        return anyDate(row, column).filter(day -> day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR);
    }

    private static Optional<LocalDate> anyDate(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        try {
            return Optional.of(LocalDate.parse(text(row, column), DATE));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    static Optional<Integer> whole(Row row, int column) {
        return decimal(row, column).flatMap(d -> {
            try {
                return Optional.of(d.intValueExact());
            } catch (ArithmeticException notWhole) {
                return Optional.empty();
            }
        });
    }

    static Optional<BigDecimal> decimal(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return Optional.of(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
        }
        try {
            // Vietnamese writes a decimal comma; a point is accepted too.
            return Optional.of(new BigDecimal(text(row, column).replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
