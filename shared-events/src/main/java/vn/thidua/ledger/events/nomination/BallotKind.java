package vn.thidua.ledger.events.nomination;

/** Bỏ phiếu kín (secret) or biểu quyết công khai (open ballot). */
public enum BallotKind { SECRET, OPEN }
