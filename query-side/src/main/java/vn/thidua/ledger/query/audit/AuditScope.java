package vn.thidua.ledger.query.audit;

/**
 * The cluster and year an aggregate belongs to, learned from its first event that names them. Events that do
 * not carry them (a secret ballot, a revocation) inherit them from their own aggregate or from the aggregate
 * they refer to (a decision's round).
 *
 * @param year null for an aggregate that spans years (a cluster)
 */
record AuditScope(String clusterId, Integer year) {
}
