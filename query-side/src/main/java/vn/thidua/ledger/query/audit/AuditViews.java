package vn.thidua.ledger.query.audit;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Checksums;
import vn.thidua.ledger.query.view.RebuildableView;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit history (lịch sử kiểm tra) as one rebuildable view: its entries, their filter index and the
 * aggregates' cluster and year, all fed by the {@value AuditProjector#NAME} processor.
 */
@Component
class AuditViews implements RebuildableView {

    private final AuditLog log;
    private final AuditScopes scopes;

    AuditViews(AuditLog log, AuditScopes scopes) {
        this.log = log;
        this.scopes = scopes;
    }

    @Override
    public String name() {
        return AuditProjector.NAME;
    }

    /** The entries' blocks and the scopes; the posting lists read their heads in their own way. */
    @Override
    public void rebuildBegan() {
        log.blocks().rebuildBegan();
        scopes.store().rebuildBegan();
    }

    @Override
    public void rebuildEnded() {
        log.blocks().rebuildEnded();
        scopes.store().rebuildEnded();
    }

    @Override
    public List<String> collections() {
        return List.of(AuditLog.ENTRIES, AuditLog.POSTINGS, AuditScopes.NAME);
    }

    @Override
    public String checksum() {
        return Checksums.combine(collectionChecksums().stream().map(CollectionChecksum::checksum).toList());
    }

    @Override
    public List<CollectionChecksum> collectionChecksums() {
        List<CollectionChecksum> checksums = new ArrayList<>(log.collectionChecksums());
        checksums.add(new CollectionChecksum(AuditScopes.NAME, scopes.store().count(), scopes.store().checksum()));
        return checksums;
    }
}
