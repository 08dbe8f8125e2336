package vn.thidua.ledger.app.imports;

/**
 * Một lỗi trong sổ Excel (one error in an imported workbook): where it is, as the person who filled it in sees it
 * (sheet name, row number counted from 1 as Excel shows it, column letter and header), and what is wrong.
 *
 * @param row    Excel's row number (1 = the header row); 0 for an error about the whole sheet
 * @param column Excel's column letter, e.g. {@code C}; empty for a whole row or sheet
 */
public record WorkbookProblem(String sheet, int row, String column, String header, String message) {
}
