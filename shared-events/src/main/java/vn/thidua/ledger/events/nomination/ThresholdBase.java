package vn.thidua.ledger.events.nomination;

/**
 * What the approval ratio is a ratio of: the whole membership (tổng số thành viên, R7) or the
 * voters who took part (số thành viên tham dự: ballots received, in person or in writing).
 */
public enum ThresholdBase { TOTAL_MEMBERSHIP, PRESENT }
