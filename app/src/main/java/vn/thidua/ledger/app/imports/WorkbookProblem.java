package vn.thidua.ledger.app.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Một lỗi trong sổ Excel (one error in an imported workbook): where it is, as the person who filled it in sees it
 * (sheet name, row number counted from 1 as Excel shows it, column letter and header), and what is wrong.
 *
 * @param row    Excel's row number (1 = the header row); 0 for an error about the whole sheet
 * @param column Excel's column letter, e.g. {@code C}; empty for a whole row or sheet
 * @param code   the ledger's error code when the rehearsal of the row's command was refused (e.g.
 *               {@code SCORE_OUT_OF_RANGE}); absent for the reader's own checks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkbookProblem(String sheet, int row, String column, String header, String message, String code) {

    public WorkbookProblem(String sheet, int row, String column, String header, String message) {
        this(sheet, row, column, header, message, null);
    }
}
