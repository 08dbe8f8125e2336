package vn.thidua.ledger.query.view;

import java.util.List;

/**
 * One page of a list in a view. Pages are cut from the stored list in memory: every list of ours lives in one
 * document read by {@code _id}, so paging is for the client's sake, not the database's.
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
}
