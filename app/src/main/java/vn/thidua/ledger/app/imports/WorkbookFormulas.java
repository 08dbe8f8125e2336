package vn.thidua.ledger.app.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.ledger.app.imports.YearWorkbook.Layout;

/**
 * Công thức trong sổ (the formulas of an imported workbook), replaced by their values before anything is read: a
 * secretariat's sheet may add up its points ({@code =SUM(C2:C4)}) or take a unit's id from another sheet
 * ({@code ='Đơn vị'!A2}), and the reader must see what Excel shows, not the formula's text. POI computes each formula
 * again rather than trusting the value cached in the file, which a program that wrote the file may have left out.
 * A formula that gives no value is reported at its cell, which is then left blank: one whose result is an error
 * ({@code #DIV/0!}, a reference to itself), one POI cannot compute (a function it lacks, a link to another file, a
 * chain of references too deep for the thread's stack), and an array formula (POI would leave its cells half
 * converted). All formulas are computed before any failed cell is blanked, so a formula that refers to one reports
 * the same error at its own cell rather than reading a blank. The computing stops after {@link #BUDGET}: a 4 MB
 * upload of dense data read by many lookups would otherwise hold a request thread for hours.
 */
final class WorkbookFormulas {

    static final Duration BUDGET = Duration.ofSeconds(20);

    /** A cell whose formula gave no value; if {@code cell} is null, a sheet whose formulas ran out of time. */
    record Unreadable(Layout layout, Cell cell, String message) {
    }

    private WorkbookFormulas() {
    }

    /**
     * The formulas of each sheet's first columns (as many as its layout has headers: the ones the import reads);
     * others stay as they are.
     */
    static List<Unreadable> replaceByValues(FormulaEvaluator evaluator, Map<Layout, Sheet> sheets, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Map.Entry<Layout, Sheet> sheet : sheets.entrySet()) {
            int columns = sheet.getKey().headers().size();
            for (Row row : sheet.getValue()) {
                for (Cell cell : row) {
                    if (cell.getColumnIndex() >= columns || cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    if (System.nanoTime() > deadline) {
                        // the failures so far are not blanked: the caller reads no further
                        unreadable.add(new Unreadable(sheet.getKey(), null, "its formulas take more than "
                                + budget.toSeconds() + " s to compute: paste them as values (Paste Special, Values)"));
                        return unreadable;
                    }
                    String problem = computed(evaluator, cell);
                    if (problem != null) {
                        unreadable.add(new Unreadable(sheet.getKey(), cell, problem));
                    }
                }
            }
        }
        // Blanked only now: a formula computed after one of these must see its error, not a blank.
        unreadable.stream().map(Unreadable::cell).filter(cell -> cell != null && !cell.isPartOfArrayFormulaGroup())
                   .forEach(Cell::setBlank);
        return unreadable;
    }

    /** Puts the formula's value in its place; says why not, if it cannot. */
    private static String computed(FormulaEvaluator evaluator, Cell cell) {
        String formula = "the formula";
        try {
            formula = "the formula =" + cell.getCellFormula();
            if (cell.isPartOfArrayFormulaGroup()) {
                return formula + " is an array formula, which the import does not compute: type its values instead";
            }
            evaluator.evaluateInCell(cell);
        } catch (RuntimeException | StackOverflowError cannotCompute) {
            // POI throws several kinds (a function it lacks, a reference it cannot follow, a missing shared formula),
            // and follows references recursively: to the user they are one thing. A stack overflow unwinds here, out
            // of POI's evaluation, whose cached values are then dropped.
            evaluator.clearAllCachedResultValues();
            return formula + " cannot be computed by the import: type its value instead";
        }
        if (cell.getCellType() == CellType.ERROR) {
            FormulaError error = FormulaError.forInt(cell.getErrorCellValue());
            return formula + (error == FormulaError.CIRCULAR_REF ? " refers to itself" : " gives " + error.getString())
                    + ": correct it or type its value";
        }
        return null;
    }
}
