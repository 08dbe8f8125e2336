package vn.thidua.ledger.events.pledge;

/** Who registers: a unit (tập thể) for collective titles, or an individual (cá nhân) for personal ones. */
public enum RegistrantKind { UNIT, INDIVIDUAL }
