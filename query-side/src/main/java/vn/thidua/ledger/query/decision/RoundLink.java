package vn.thidua.ledger.query.decision;

/**
 * The cluster and year of a nomination round. A commendation names only its round, so this link is what files
 * the decision under its cluster's year.
 */
record RoundLink(String clusterId, int year) {
}
