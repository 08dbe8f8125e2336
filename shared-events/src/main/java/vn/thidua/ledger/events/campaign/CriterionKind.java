package vn.thidua.ledger.events.campaign;

/**
 * Loại mục chấm điểm: a scored criterion (tiêu chí), a bonus item (điểm thưởng) or a penalty item
 * (điểm trừ). Penalty points are entered as a positive number and subtracted from the total.
 */
public enum CriterionKind { SCORED, BONUS, PENALTY }
