package vn.thidua.ledger.events.nomination;

/** "Từ 90% trở lên" is AT_LEAST; "trên 50%" is MORE_THAN. */
public enum Comparison { AT_LEAST, MORE_THAN }
