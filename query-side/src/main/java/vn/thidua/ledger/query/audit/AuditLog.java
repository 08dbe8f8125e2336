package vn.thidua.ledger.query.audit;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.springframework.stereotype.Component;
import org.axonframework.eventhandling.TrackedEventMessage;
import vn.thidua.ledger.query.view.PageRequest;
import vn.thidua.ledger.query.view.Positions;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;
import vn.thidua.ledger.query.view.RebuildableView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Nhật ký kiểm toán (the audit history): entries in blocks of consecutive global positions ({@link AuditBlock}) in
 * {@value #ENTRIES}, and the posting lists ({@link AuditPostings}) in {@value #POSTINGS} that serve its filters.
 * <p>
 * A read with one filter (or none) pages straight through one list, touching only the chunks of the page. With
 * several filters, each filter's list is loaded whole and the lists are intersected in memory: the cost grows
 * with the length of the lists, not of the page (see docs/api-audit.md, "limits"). A time range is the union of
 * the month and day lists covering it; where it starts or ends inside a day, that day's entries are checked
 * against the exact instant.
 */
@Component
public class AuditLog {

    /** Not {@code auditEntries}, which held one entry per document before the blocks ({@link FormerAuditEntries}). */
    public static final String ENTRIES = "auditBlocks";
    public static final String POSTINGS = "auditPostings";
    private static final int BLOCKS_PER_READ = 50;

    private final FormerAuditEntries former;
    private final ViewStore<AuditBlock> blocks;
    private final AuditPostings postings;

    public AuditLog(@ViewDatabase MongoDatabase database) {
        this.former = new FormerAuditEntries(database);
        this.blocks = new ViewStore<>(database, ENTRIES, AuditBlock.class, ViewJson.mapper());
        this.postings = new AuditPostings(database, POSTINGS);
    }

    /**
     * Once per batch, before its first entry: reads the blocks its events' positions fall in with one {@code $in}
     * query, instead of one read for each block's first entry (6k reads in a rebuild at 100k events,
     * docs/benchmarks.md, "Session 16").
     */
    void prefetchBatch() {
        blocks.prefetchBatchOf(message -> message instanceof TrackedEventMessage<?> tracked
                ? Stream.of(AuditBlock.idOf(Positions.of(tracked.trackingToken()))) : Stream.empty());
    }

    /** Records an entry and indexes it; redelivery of the same position changes nothing. */
    public void record(AuditEntry entry) {
        // Entry first: a list never points at a missing entry, at worst an entry is briefly not yet listed.
        blocks.fold(AuditBlock.idOf(entry.position()), entry.position(), block -> AuditBlock.with(block, entry));
        postings.append(entry.position(), AuditKeys.of(entry));
    }

    public Optional<Versioned<AuditEntry>> find(long position) {
        Optional<AuditEntry> entry = blocks.find(AuditBlock.idOf(position)).flatMap(block -> block.view().find(position))
                                           .or(() -> former.find(List.of(position)).stream().findFirst());
        return entry.map(found -> new Versioned<>(found, found.position()));
    }

    /** The newest position in the history (0 if empty): the ETag of every list read. */
    public long head() {
        return postings.last(AuditKeys.ALL);
    }

    public AuditPage query(AuditFilter filter, PageRequest page) {
        Selection found = select(filter, page.offset(), page.size(), page.order());
        return new AuditPage(found.entries(), page.page(), page.size(), found.total(),
                             page.order() == PageRequest.Order.NEWEST_FIRST ? "newest" : "oldest");
    }

    /**
     * The first {@code limit} entries the filter matches, in {@code order}, and how many match in all: for an export,
     * which is not cut into pages of {@link PageRequest#MAX_SIZE}. The same lists and intersections as a page read.
     */
    public Selection select(AuditFilter filter, long offset, int limit, PageRequest.Order order) {
        List<String> keys = filter.exactKeys();
        List<Long> positions;
        long total;
        if (!filter.hasTimeRange() && keys.size() <= 1) {
            String key = keys.isEmpty() ? AuditKeys.ALL : keys.get(0);
            total = postings.counts(List.of(key)).getOrDefault(key, 0L);
            positions = pageOfOneList(key, total, offset, limit, order);
        } else {
            List<Long> matching = intersection(filter, keys);
            total = matching.size();
            positions = pageOf(matching, offset, limit, order);
        }
        return new Selection(load(positions, order), total);
    }

    /** Entries of a read, in order, and the number of entries the filter matches in all. */
    public record Selection(List<AuditEntry> entries, long total) {
    }

    public void clear() {
        blocks.clear();
        postings.clear();
        former.drop();
    }

    /** The entries' blocks, for a rebuild to say when it began and ended ({@link AuditViews}). */
    ViewStore<AuditBlock> blocks() {
        return blocks;
    }

    List<RebuildableView.CollectionChecksum> collectionChecksums() {
        return List.of(new RebuildableView.CollectionChecksum(ENTRIES, blocks.count(), blocks.checksum()),
                       postings.collectionChecksum());
    }

    private List<Long> pageOfOneList(String key, long count, long offset, int size, PageRequest.Order order) {
        if (order == PageRequest.Order.OLDEST_FIRST) {
            return postings.slice(key, offset, Math.min(count, offset + size));
        }
        long to = count - offset;
        return postings.slice(key, Math.max(0, to - size), Math.max(0, to));
    }

    private static List<Long> pageOf(List<Long> ascending, long offset, int size, PageRequest.Order order) {
        List<Long> ordered = new ArrayList<>(ascending);
        if (order == PageRequest.Order.NEWEST_FIRST) {
            ordered.sort(Comparator.reverseOrder());
        }
        int from = (int) Math.min(ordered.size(), offset);
        return ordered.subList(from, Math.min(ordered.size(), from + size));
    }

    private List<Long> intersection(AuditFilter filter, List<String> keys) {
        Map<String, Long> counts = postings.counts(keys);
        if (keys.stream().anyMatch(key -> !counts.containsKey(key))) {
            return List.of();
        }
        // Smallest list first: the running intersection never grows, so later lists only shrink it.
        List<String> bySize = keys.stream().sorted(Comparator.comparing(counts::get)).toList();
        Set<Long> matching = filter.hasTimeRange() ? inTimeRange(filter) : null;
        for (String key : bySize) {
            List<Long> list = postings.all(key, counts.get(key));
            if (matching == null) {
                matching = new TreeSet<>(list);
            } else {
                matching.retainAll(new HashSet<>(list));
            }
        }
        return new ArrayList<>(new TreeSet<>(matching));
    }

    private Set<Long> inTimeRange(AuditFilter filter) {
        Optional<Instant> oldest = timestampAt(0);
        Optional<Instant> newest = newestTimestamp();
        if (oldest.isEmpty() || newest.isEmpty()) {
            return new TreeSet<>();
        }
        // Clamped to the span of the history (a day's margin for clocks): an open or very wide range costs
        // no more lists than the history has months.
        LocalDate first = max(AuditKeys.dayOf(filter.from() == null ? oldest.get() : filter.from()),
                              AuditKeys.dayOf(oldest.get()).minusDays(1));
        LocalDate last = min(AuditKeys.dayOf(filter.to() == null ? newest.get() : filter.to()),
                             AuditKeys.dayOf(newest.get()).plusDays(1));
        List<String> keys = AuditKeys.covering(first, last);
        Map<String, Long> counts = postings.counts(keys);
        Set<Long> positions = new TreeSet<>();
        counts.forEach((key, count) -> positions.addAll(postings.all(key, count)));
        // Only the first and last day can hold entries outside the exact instants.
        for (LocalDate edge : new TreeSet<>(List.of(first, last))) {
            String key = AuditKeys.day(edge);
            List<Long> day = postings.all(key, postings.counts(List.of(key)).getOrDefault(key, 0L));
            outside(day, filter.from(), filter.to()).forEach(positions::remove);
        }
        return positions;
    }

    private List<Long> outside(List<Long> positions, Instant from, Instant to) {
        List<Long> outside = new ArrayList<>();
        for (AuditEntry entry : load(positions, PageRequest.Order.OLDEST_FIRST)) {
            if ((from != null && entry.timestamp().isBefore(from)) || (to != null && entry.timestamp().isAfter(to))) {
                outside.add(entry.position());
            }
        }
        return outside;
    }

    private Optional<Instant> timestampAt(long ordinal) {
        return postings.slice(AuditKeys.ALL, ordinal, ordinal + 1).stream().findFirst()
                       .flatMap(this::find).map(found -> found.view().timestamp());
    }

    private Optional<Instant> newestTimestamp() {
        long count = postings.counts(List.of(AuditKeys.ALL)).getOrDefault(AuditKeys.ALL, 0L);
        return count == 0 ? Optional.empty() : timestampAt(count - 1);
    }

    private List<AuditEntry> load(Collection<Long> positions, PageRequest.Order order) {
        List<AuditEntry> loaded = new ArrayList<>();
        List<String> ids = positions.stream().map(AuditBlock::idOf).distinct().toList();
        // The positions no block holds yet: an earlier version's entries, until the rebuild after the upgrade.
        Set<Long> wanted = new HashSet<>(positions);
        for (int from = 0; from < ids.size(); from += BLOCKS_PER_READ) {
            List<String> read = ids.subList(from, Math.min(ids.size(), from + BLOCKS_PER_READ));
            for (Versioned<AuditBlock> block : blocks.findAll(read)) {
                for (AuditEntry entry : block.view().entries()) {
                    if (wanted.remove(entry.position())) {
                        loaded.add(entry);
                    }
                }
            }
        }
        if (!wanted.isEmpty()) {
            loaded.addAll(former.find(new ArrayList<>(wanted)));
        }
        Comparator<AuditEntry> byPosition = Comparator.comparingLong(AuditEntry::position);
        loaded.sort(order == PageRequest.Order.NEWEST_FIRST ? byPosition.reversed() : byPosition);
        return loaded;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
