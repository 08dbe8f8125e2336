package vn.thidua.ledger.events.campaign;

/**
 * Cách xếp hạng khi bằng điểm (how ties are ranked). Standard competition ranking gives 1, 2, 2, 4;
 * dense ranking gives 1, 2, 2, 3.
 */
public enum RankingMethod { STANDARD_COMPETITION, DENSE }
