package vn.thidua.ledger.query.audit;

import java.util.List;

/** One page of the audit history: the entries, where the page is, and how many entries match in all. */
public record AuditPage(List<AuditEntry> items, int page, int size, long total, String order) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
