package vn.thidua.ledger.events.common;

/**
 * Căn cứ chọn phiên bản quy tắc: which date picks the rule-set version a decision applies.
 * <ul>
 *   <li>{@code EMULATION_YEAR}: the version in force on 1 January of the emulation year (năm thi đua), so a
 *       year is judged by the rules it started under. The default.</li>
 *   <li>{@code DOSSIER_RECEIVED}: the version in force on the day the proposal dossier (hồ sơ đề nghị) was
 *       received, as transitional clauses of implementing decrees commonly provide for dossiers received before
 *       a new text took effect (unverified for Decree 98/2023: see docs/domain.md).</li>
 * </ul>
 */
public enum RuleVersionBasis {
    EMULATION_YEAR,
    DOSSIER_RECEIVED
}
