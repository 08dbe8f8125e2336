package vn.thidua.ledger.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's file as {@link StoreFile} opens it. */
class StoreFileTest {

    private static final int ENTRIES = 20_000;

    @TempDir
    Path dir;

    /**
     * Dropping a collection removes its maps, and MVStore accounts for each page removed by its number in its chunk,
     * found in the chunk's table of contents. A view's pages lie in chunks of thousands to tens of thousands of
     * pages, whose tables (8 bytes a page) H2's fixed 1 MB cache never kept (it takes at most 64 kB an entry): each
     * removed page read its chunk's whole table again, 2 GB of reads and garbage to drop one view (docs/benchmarks.md,
     * "Session 18"). Opened by {@link StoreFile}, a table is read once. (The map here: 20,000 entries in pages of a few
     * entries each, which make a chunk of thousands of pages.)
     */
    @Test
    void aMapInABigChunkIsRemovedWithOneReadOfTheChunksTableOfContents() throws Exception {
        Path file = dir.resolve("store.mv");
        MVStore writer = new MVStore.Builder().fileName(file.toString()).pageSplitSize(64).autoCommitDisabled().open();
        try {
            MVMap<Long, Long> map = writer.openMap("plain");
            for (long key = 0; key < ENTRIES; key++) {
                map.put(key, key);
            }
            writer.commit();
        } finally {
            writer.close();
        }

        MVStore store = StoreFile.open(file);
        try {
            long fileBytes = Files.size(file);
            long before = store.getFileStore().getReadBytes();
            store.removeMap("plain");
            long read = store.getFileStore().getReadBytes() - before;

            // About the whole file, once (its inner pages, its table of contents); without the larger cache, 10,000 times.
            assertThat(read).isLessThan(2 * fileBytes);
        } finally {
            store.close();
        }
    }
}
