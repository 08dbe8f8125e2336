package vn.thidua.ledger.command.rules;

/**
 * Mã quy tắc: the codes under which every rule set cites the rules the ledger knows. What a rule says and its legal
 * source are data of each rule set version ({@link RuleCitation}); the code is how code and data refer to the same
 * rule, so it is closed here: a rule set citing an unknown code does not load.
 */
public enum RuleCode {
    /** Only a registered (pledged) title may be proposed. */
    R1,
    /** Grassroots Emulation Fighter criteria: Advanced Worker plus a recognised initiative (or, where the rule set says so, excellent completion). */
    R2,
    /** Ministry-level and national Emulation Fighter criteria: a streak of the title below and an initiative of the scope. */
    R3,
    /** Grassroots Emulation Fighters at most a share (15 %) of a unit's Advanced Workers, where the rule set keeps the cap. */
    R4,
    /** Advanced and Excellent Collective criteria: shares of Advanced Workers, completed duties, no discipline from warning up. */
    R5,
    /** Government Emulation Flag proposals capped at a share of the clusters' leaders. */
    R6,
    /** The council votes by secret ballot; Emulation Fighter needs a share of all members. */
    R7,
    /** The cluster's member units acclaim the leading unit by open vote. */
    R8,
    /** One ballot per member and round, only while it is open; no unit votes for itself. */
    R9,
    /** An award is revoked on a false declaration or an unlawful proposal or decision. */
    R10,
    /** Head and Deputy rotate yearly: two different member units. */
    R11,
    /** The year-end conference: held once; the draft summary presented at it, then the members' comments. */
    CONFERENCE,
    /** A proposal's dossier: tờ trình, báo cáo thành tích, biên bản bình xét. */
    PROPOSAL_DOSSIER,
    /** A proposal goes cluster → Ministry → Central Board, and is approved where its title is decided. */
    PROPOSAL_ROUTE,
    /** A form of commendation (Bằng khen, Giấy khen, Huân chương) is awarded by the level competent for it. */
    FORM_COMPETENCE,
    /** Equal scores share a rank and the next rank is skipped (1, 2, 2, 4). */
    RANKING
}
