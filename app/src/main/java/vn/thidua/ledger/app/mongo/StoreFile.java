package vn.thidua.ledger.app.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.cache.CacheLongKeyLIRS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's file (H2 MVStore) and its format. The map layout is mongo-java-server's H2 backend's
 * ({@code databases.<db>.<collection>}, {@code meta.<db>.<collection>},
 * {@code <db>.<collection>._index_<name>}); what is new is how documents and keys are encoded ({@link BsonTypes}).
 * The types a map was written with are not recorded by MVStore, so the file says its format in a map of its own
 * ({@value #FORMAT_MAP}), and a file without it that holds collections was written by the stock backend with
 * Java serialization: it is migrated — every map copied into a new file in the current format — before the
 * server opens it, and kept next to it as {@code <file>.java-serialized-<time>.bak}. A format this version does
 * not know is refused; nothing is ever read with the wrong types.
 */
final class StoreFile {

    static final String FORMAT_MAP = "thidua.storeFormat";
    static final String FORMAT = "bson-1";
    /** The key, in the format map, of the id shared by files written together ({@link ViewFiles}). */
    static final String PAIR = "pair";

    private static final Logger log = LoggerFactory.getLogger(StoreFile.class);
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";
    private static final int COPY_BATCH = 10_000;
    /** H2's own page cache of a file, in MB: what the views' files and a migration's copy are opened with. */
    static final int H2_DEFAULT_CACHE_MB = 16;
    /**
     * 2 MB a segment of 16: a table of up to 260,000 pages is kept. The cache takes memory only for the tables it holds:
     * at most 32 MB for each of the two stores (ledger, views).
     */
    private static final long TABLES_OF_CONTENTS_CACHE_BYTES = 32L * 1024 * 1024;

    private StoreFile() {
    }

    static String dataMapName(String fullCollectionName) {
        return DATA_PREFIX + fullCollectionName;
    }

    static String metaMapName(String fullCollectionName) {
        return META_PREFIX + fullCollectionName;
    }

    static String indexMapName(String fullCollectionName, String indexName) {
        return fullCollectionName + INDEX_INFIX + indexName;
    }

    static boolean belongsTo(String mapName, String databaseName) {
        return mapName.startsWith(DATA_PREFIX + databaseName + ".") || mapName.startsWith(META_PREFIX + databaseName + ".")
                || mapName.startsWith(databaseName + ".") && mapName.contains(INDEX_INFIX);
    }

    static boolean belongsToCollection(String mapName, String fullCollectionName) {
        return mapName.equals(dataMapName(fullCollectionName)) || mapName.equals(metaMapName(fullCollectionName))
                || mapName.startsWith(fullCollectionName + INDEX_INFIX);
    }

    /**
     * Opens the store in the current format, migrating a file of the stock format first. Commits are the
     * caller's: no background thread writes at moments of its own choosing (see {@link DurableH2Backend}).
     */
    static MVStore open(Path file) {
        return open(file, H2_DEFAULT_CACHE_MB);
    }

    /** As {@link #open(Path)}, with a page cache of {@code cacheMegabytes}. */
    static MVStore open(Path file, int cacheMegabytes) {
        finishInterruptedMigration(file);
        MVStore store = openForWriting(file, cacheMegabytes);
        String format = store.hasMap(FORMAT_MAP) ? formatMap(store).get("format") : null;
        if (FORMAT.equals(format)) {
            return store;
        }
        if (format == null && store.getMapNames().stream().noneMatch(StoreFile::isCollectionMap)) {
            formatMap(store).put("format", FORMAT);
            store.commit();
            return store;
        }
        store.close();
        if (format != null) {
            throw new IllegalStateException("The embedded store " + file.toAbsolutePath() + " is in format '" + format
                    + "', which this version cannot read (it reads '" + FORMAT + "'): run the version that wrote it,"
                    + " or restore a backup");
        }
        migrate(file);
        return open(file, cacheMegabytes);
    }

    private static MVStore openForWriting(Path file, int cacheMegabytes) {
        MVStore store = new MVStore.Builder().fileName(file.toString())
                                             .autoCommitDisabled()
                                             .autoCommitBufferSize(0)
                                             .cacheSize(cacheMegabytes)
                                             .open();
        enlargeTablesOfContentsCache(store);
        return store;
    }

    /**
     * Lets H2 keep the tables of contents of big chunks. Removing a map (dropping a collection: every view rebuild)
     * accounts for each of its pages by the page's number in its chunk, which H2 finds in the chunk's table of contents
     * (8 bytes a page). H2 caches these tables in a fixed 1 MB cache of 16 segments, which keeps no table over 64 kB;
     * a view's pages lie in chunks of thousands to tens of thousands of pages, so each removed page read its chunk's
     * whole table from the file again: 2 GB of reads and garbage to drop one view at 100k events, and 6.4 GB to remove
     * a map of 20,000 small entries (docs/benchmarks.md, "Session 18"). The cache is not configurable, so its size is
     * set through the cache object itself, reached by reflection. If an H2 upgrade moves it, the store still opens
     * (this is a speed-up, not a condition of correctness), a warning says so, and {@code StoreFileTest} fails.
     */
    private static void enlargeTablesOfContentsCache(MVStore store) {
        try {
            Field field = FileStore.class.getDeclaredField("chunksToC");
            field.setAccessible(true);
            ((CacheLongKeyLIRS<?>) field.get(store.getFileStore())).setMaxMemory(TABLES_OF_CONTENTS_CACHE_BYTES);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("This H2 version keeps its chunks' tables of contents elsewhere: dropping a collection written in"
                    + " big chunks (a rebuilt view) will be slow (see StoreFile#enlargeTablesOfContentsCache)", e);
        }
    }

    /** The id of the files this one was written with ({@link #pair}), or null. */
    static String pairOf(MVStore store) {
        return formatMap(store).get(PAIR);
    }

    /** Marks two files as written together, with a new id: {@code first} is committed with it first. */
    static void pair(MVStore first, MVStore second) {
        String id = UUID.randomUUID().toString();
        for (MVStore store : List.of(first, second)) {
            formatMap(store).put(PAIR, id);
            store.commit();
            store.sync();
        }
    }

    private static MVMap<String, String> formatMap(MVStore store) {
        return store.openMap(FORMAT_MAP);
    }

    private static boolean isCollectionMap(String mapName) {
        return mapName.startsWith(DATA_PREFIX) || mapName.startsWith(META_PREFIX) || mapName.contains(INDEX_INFIX);
    }

    private static void migrate(Path file) {
        Path target = sibling(file, ".migrating");
        Path backup = sibling(file, ".java-serialized-" + Instant.now().getEpochSecond() + ".bak");
        log.warn("The embedded store {} was written by mongo-java-server's H2 backend (Java serialization): "
                + "migrating it to the BSON format, the original is kept as {}", file.toAbsolutePath(), backup);
        try {
            Files.deleteIfExists(target);
            MVStore legacy = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            try {
                MVStore migrated = openForWriting(target, H2_DEFAULT_CACHE_MB);
                try {
                    for (String mapName : legacy.getMapNames()) {
                        copy(legacy, migrated, mapName, file);
                    }
                    formatMap(migrated).put("format", FORMAT);
                    migrated.commit();
                    migrated.sync();
                } finally {
                    migrated.close();
                }
            } finally {
                legacy.close();
            }
            Files.move(file, backup);
            Files.move(target, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Migrating the embedded store " + file.toAbsolutePath() + " failed", e);
        }
        log.warn("Embedded store {} migrated", file.toAbsolutePath());
    }

    private static void copy(MVStore legacy, MVStore migrated, String mapName, Path file) {
        if (mapName.startsWith(DATA_PREFIX)) {
            copyEntries(legacy.openMap(mapName), LedgerDatabase.dataMap(migrated, mapName), migrated);
        } else if (mapName.contains(INDEX_INFIX)) {
            copyEntries(legacy.openMap(mapName), LedgerDatabase.indexMap(migrated, mapName), migrated);
        } else if (mapName.startsWith(META_PREFIX)) {
            copyEntries(legacy.openMap(mapName), LedgerDatabase.metaMap(migrated, mapName), migrated);
        } else {
            throw new IllegalStateException("The embedded store " + file.toAbsolutePath() + " holds a map '" + mapName
                    + "' that mongo-java-server does not write: not migrated, nothing changed");
        }
    }

    /**
     * Moves the maps of a collection (its documents, its size, its indexes) from one store in the current format to
     * another: copied, the target committed and forced to the device, then removed from the source and the source
     * committed. A move cut short leaves them in the source still: done again on the next open, over what the target
     * holds of them.
     */
    static void moveCollection(MVStore from, MVStore to, String fullCollectionName) {
        List<String> maps = from.getMapNames().stream().filter(name -> belongsToCollection(name, fullCollectionName))
                                .toList();
        if (maps.isEmpty()) {
            return;
        }
        for (String mapName : maps) {
            if (to.hasMap(mapName)) {
                to.removeMap(mapName);
            }
            if (mapName.startsWith(DATA_PREFIX)) {
                copyEntries(LedgerDatabase.dataMap(from, mapName), LedgerDatabase.dataMap(to, mapName), to);
            } else if (mapName.startsWith(META_PREFIX)) {
                copyEntries(LedgerDatabase.metaMap(from, mapName), LedgerDatabase.metaMap(to, mapName), to);
            } else {
                copyEntries(LedgerDatabase.indexMap(from, mapName), LedgerDatabase.indexMap(to, mapName), to);
            }
        }
        to.commit();
        to.sync();
        maps.forEach(from::removeMap);
        from.commit();
        log.info("Moved {} to {}", fullCollectionName, to.getFileStore().getFileName());
    }

    private static <K, V> void copyEntries(MVMap<K, V> from, MVMap<K, V> to, MVStore target) {
        int copied = 0;
        for (Map.Entry<K, V> entry : from.entrySet()) {
            to.put(entry.getKey(), entry.getValue());
            if (++copied % COPY_BATCH == 0) {
                target.commit(); // bounds the unsaved pages held in memory
            }
        }
    }

    /** The file was renamed to its backup but the migrated copy not yet renamed to the file: finish that. */
    private static void finishInterruptedMigration(Path file) {
        Path target = sibling(file, ".migrating");
        try {
            if (Files.exists(target) && !Files.exists(file)) {
                Files.move(target, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the migration of " + file.toAbsolutePath(), e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
