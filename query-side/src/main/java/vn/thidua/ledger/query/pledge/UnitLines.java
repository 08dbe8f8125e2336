package vn.thidua.ledger.query.pledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Sổ đăng ký của đơn vị, one block of it: which registrant holds each of {@value #SIZE} consecutive lines of a unit's
 * registrations. A line is given once, when its registrant first registers with the unit, and never changes: a
 * registrant the secretariat moves to another unit keeps its old line, which then shows the registration it left
 * behind ({@link PledgeViews#registrations}).
 *
 * @param lines the block's lines so far, in order
 */
public record UnitLines(List<Line> lines) {

    /** Lines a block: a block is rewritten once per batch while it fills, and never grows past this. */
    public static final int SIZE = 32;

    public UnitLines {
        lines = List.copyOf(lines);
    }

    /**
     * A line: its registrant, and the position of the event that gave it, by which a batch delivered again finds the
     * line it gave before.
     */
    public record Line(String registrantId, long givenAt) {
    }

    /** This block with line {@code number} given to {@code registrantId}: the block's next line. */
    static UnitLines given(UnitLines block, int number, String registrantId, long position) {
        List<Line> next = new ArrayList<>(block == null ? List.of() : block.lines());
        if (number % SIZE != next.size()) {
            throw new IllegalStateException("Line " + number + " given out of order: the block holds " + next.size());
        }
        next.add(new Line(registrantId, position));
        return new UnitLines(next);
    }
}
