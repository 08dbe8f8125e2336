package vn.thidua.ledger.query.view;

import java.util.List;

/**
 * One page of a list in a view. A short list (bounded by the domain: a cluster's units, a round's candidates) lives
 * in one document and is cut in memory ({@link #of}); a list that grows with the year (a unit's registrations)
 * is stored one item per document under ordinal ids, and a page reads just its items ({@link #bounds}).
 *
 * @param page       zero-based page number
 * @param size       items per page asked for
 * @param totalItems items in the whole list
 * @param totalPages pages of {@code size} in the whole list
 */
public record Page<T>(List<T> items, int page, int size, int totalItems, int totalPages) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> all, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            // The controllers validate first (400 VALIDATION_FAILED); this guards any other caller.
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_SIZE);
        }
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }

    /** The ordinals {@code [from, to)} of page {@code page} of a list of {@code total} items stored one per document. */
    public static long[] bounds(int page, int size, int total) {
        of(List.of(), page, size);
        long from = Math.min((long) page * size, total);
        return new long[] {from, Math.min(from + size, total)};
    }

    /** A page whose items were loaded by ordinal ({@link #bounds}) from a list of {@code total} items. */
    public static <T> Page<T> loaded(List<T> items, int page, int size, int total) {
        return new Page<>(items, page, size, total, (total + size - 1) / size);
    }
}
