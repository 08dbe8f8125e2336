package vn.thidua.ledger.events.decision;

/**
 * Căn cứ hủy bỏ, thu hồi (R10, Law 06/2022/QH15 ch. VII): false declaration (khai man), unlawful
 * approval (đề nghị, quyết định trái pháp luật), or standards later found unmet.
 */
public enum RevocationGround { FALSE_DECLARATION, UNLAWFUL_APPROVAL, STANDARDS_NOT_MET }
