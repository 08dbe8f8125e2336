package vn.thidua.ledger.query.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run of consecutive global positions of the audit history ({@value #SIZE} of them) and the entries at those
 * positions, in ascending order: the audit entries are stored a block to a document, so that a rebuild writes one
 * document per {@value #SIZE} events instead of one per event, and no document grows past a fixed size.
 *
 * @param entries the block's entries, ascending by position
 */
record AuditBlock(List<AuditEntry> entries) {

    /**
     * Positions per block. A rebuild's window of 500 events writes about 16 blocks; live, a block is rewritten by each
     * batch that adds to it, so it stays small enough (about 32 entries of 1–2 kB of JSON) for that to be cheap.
     */
    static final int SIZE = 32;

    AuditBlock {
        entries = List.copyOf(entries);
    }

    /** The id of the block holding {@code position}. */
    static String idOf(long position) {
        return Long.toString(position / SIZE);
    }

    /**
     * {@code block} (null: none yet) with {@code entry} added at the end. The view store folds only an event past the
     * block's position (ViewStore#fold), so the entry is always newer than the block's last.
     */
    static AuditBlock with(AuditBlock block, AuditEntry entry) {
        if (block == null) {
            return new AuditBlock(List.of(entry));
        }
        List<AuditEntry> longer = new ArrayList<>(block.entries.size() + 1);
        longer.addAll(block.entries);
        longer.add(entry);
        return new AuditBlock(longer);
    }

    Optional<AuditEntry> find(long position) {
        return entries.stream().filter(entry -> entry.position() == position).findFirst();
    }
}
