package vn.thidua.ledger.query.view;

import java.util.List;

/**
 * A view the admin endpoints can find by name, rebuild and checksum. Its {@link #name()} is also the
 * name of the processing group (and so of the event processor) that keeps it: a rebuild stops that processor,
 * refills the view with its handlers and hands the view back to it. Every {@code *Views} bean implements this (usually through {@link StoredView}),
 * so a view added later is covered by "rebuild all" and by the checksums without touching the admin code.
 */
public interface RebuildableView {

    /** The view's name = its processing group. */
    String name();

    /** The MongoDB collections the view is kept in. */
    List<String> collections();

    /** One checksum over the whole view: equal before and after a rebuild, or the rebuild is not faithful. */
    String checksum();

    /**
     * A rebuild that holds the view's claim has cleared it: until {@link #rebuildEnded()}, nothing but the rebuild
     * writes the view, so a document the rebuild has not written does not exist.
     */
    default void rebuildBegan() {
    }

    /** The rebuild hands the view back to its processor (or gave up): other nodes may write it again. */
    default void rebuildEnded() {
    }

    /** Per collection, for locating a difference. */
    List<CollectionChecksum> collectionChecksums();

    /** A collection's checksum and document count. */
    record CollectionChecksum(String collection, long documents, String checksum) {
    }
}
