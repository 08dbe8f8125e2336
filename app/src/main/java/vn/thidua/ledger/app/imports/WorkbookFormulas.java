package vn.thidua.ledger.app.imports;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Công thức trong sổ (the formulas of an imported workbook), replaced by their values before anything is read: a
 * secretariat's sheet may add up its points ({@code =SUM(C2:C4)}) or take a unit's id from another sheet
 * ({@code ='Đơn vị'!A2}), and the reader must see what Excel shows, not the formula's text. POI computes each formula
 * again rather than trusting the value cached in the file, which a program that wrote the file may have left out. A
 * formula POI cannot compute (a function it lacks, a link to another file) or whose result is an error
 * ({@code #DIV/0!}) is reported at its cell, which is then left blank.
 */
final class WorkbookFormulas {

    /** A cell whose formula gave no value, 0-based as POI counts. */
    record Unreadable(int row, int column, String message) {
    }

    private WorkbookFormulas() {
    }

    /** The formulas of a sheet's first {@code columns} columns, the ones the import reads; others stay as they are. */
    static List<Unreadable> replaceByValues(FormulaEvaluator evaluator, Sheet sheet, int columns) {
        List<Unreadable> unreadable = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= columns || cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                String problem = computed(evaluator, cell);
                if (problem != null) {
                    unreadable.add(new Unreadable(cell.getRowIndex(), cell.getColumnIndex(), problem));
                    cell.setBlank();
                    // a formula read later that refers to this cell must not see the value computed for it
                    evaluator.notifyUpdateCell(cell);
                }
            }
        }
        return unreadable;
    }

    /** Puts the formula's value in its place; says why not, if it cannot. */
    private static String computed(FormulaEvaluator evaluator, Cell cell) {
        String formula = "=" + cell.getCellFormula();
        try {
            evaluator.evaluateInCell(cell);
        } catch (RuntimeException cannotCompute) {
            // POI throws several kinds (a function it lacks, a reference it cannot follow); to the user they are one.
            return "the formula " + formula + " cannot be computed by the import: type its value instead";
        }
        if (cell.getCellType() == CellType.ERROR) {
            return "the formula " + formula + " gives " + FormulaError.forInt(cell.getErrorCellValue()).getString()
                    + ": correct it or type its value";
        }
        return null;
    }
}
