package vn.thidua.ledger.events.nomination;

/** Who votes: the Hội đồng Thi đua – Khen thưởng (council) or the member units of a cluster. */
public enum VotingBody { COUNCIL, MEMBER_UNITS }
