package vn.thidua.ledger.app.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views database's two files, opened together ({@link DurableH2Backend}): the views' file, with the processors'
 * tokens, and the append-only views' file. A token says how far a view is built, so the two are of use only as written
 * together; each carries the id of its pair ({@link StoreFile#pairOf}). Files that do not belong together (one deleted
 * or lost, or restored from another backup) are set aside as {@code <file>.unpaired-<time>}, and both start empty:
 * every view is then rebuilt from the events, as after deleting the views' file. When neither file has a pair id
 * (both new, or a views' file from before the append-only file) the append-only collections found in the views' file
 * are moved across, and the two are paired.
 */
final class ViewFiles {

    private static final Logger log = LoggerFactory.getLogger(ViewFiles.class);

    private ViewFiles() {
    }

    /** The two stores, open. */
    record Opened(MVStore views, MVStore appendOnly) {
    }

    /**
     * @param database   the views database's name
     * @param appendOnly the collections of that database kept in the append-only file
     */
    static Opened open(Path viewsFile, Path appendOnlyFile, String database, Set<String> appendOnly) {
        Opened opened = openBoth(viewsFile, appendOnlyFile);
        try {
            return paired(opened, viewsFile, appendOnlyFile, database, appendOnly);
        } catch (RuntimeException e) {
            close(opened);
            throw e;
        }
    }

    private static Opened paired(Opened opened, Path viewsFile, Path appendOnlyFile, String database,
                                 Set<String> appendOnly) {
        String views = StoreFile.pairOf(opened.views());
        String appended = StoreFile.pairOf(opened.appendOnly());
        if (views == null && appended == null) {
            // new files, or a views' file from before (a move cut short is done again: it replaces what it copied)
            appendOnly.forEach(collection -> StoreFile.moveCollection(opened.views(), opened.appendOnly(),
                                                                      database + "." + collection));
            return pair(opened);
        }
        if (Objects.equals(views, appended)) {
            return opened;
        }
        log.warn("The views' files {} and {} were not written together (one was deleted, lost or restored from another"
                + " backup): both are set aside, and every view is rebuilt from the events", viewsFile.toAbsolutePath(),
                appendOnlyFile.getFileName());
        close(opened);
        setAside(viewsFile);
        setAside(appendOnlyFile);
        return pair(openBoth(viewsFile, appendOnlyFile));
    }

    private static Opened openBoth(Path viewsFile, Path appendOnlyFile) {
        MVStore views = StoreFile.open(viewsFile);
        try {
            return new Opened(views, StoreFile.open(appendOnlyFile));
        } catch (RuntimeException e) {
            views.close();
            throw e;
        }
    }

    private static void close(Opened opened) {
        List.of(opened.views(), opened.appendOnly()).forEach(MVStore::close);
    }

    private static Opened pair(Opened opened) {
        StoreFile.pair(opened.appendOnly(), opened.views());
        return opened;
    }

    private static void setAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + ".unpaired-" + Instant.now().getEpochSecond());
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set aside " + file.toAbsolutePath(), e);
        }
    }
}
