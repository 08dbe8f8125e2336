package vn.thidua.ledger.events.decision;

/** Quyết định tặng (AWARD: the title is conferred) or tờ trình đề nghị (PROPOSAL: proposed to a higher level). */
public enum CommendationKind { AWARD, PROPOSAL }
