package vn.thidua.ledger.query.asof;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A past moment to read a view at: a global position in the event stream (every event at or below it
 * counts) or an instant (every event stamped at or before it counts).
 */
public sealed interface AsOf {

    boolean includes(StreamIndex.Entry entry);

    /**
     * Parses {@code 1234} as a position and an ISO-8601 instant ({@code 2022-12-09T03:00:00Z}) as a time.
     *
     * @throws InvalidAsOfException for anything else
     */
    static AsOf parse(String text) {
        if (text == null) {
            throw new InvalidAsOfException("asOf is empty");
        }
        // ASCII digits only: Character.isDigit (and Long.parseLong) would also take other scripts' digits ("５３").
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return new Position(Long.parseLong(text));
            } catch (NumberFormatException tooLarge) {
                throw new InvalidAsOfException("asOf as a global position must be at most " + Long.MAX_VALUE);
            }
        }
        try {
            return new At(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidAsOfException(
                    "asOf must be a global position (digits) or an ISO-8601 instant such as 2022-12-09T03:00:00Z");
        }
    }

    /** Every event with a global index at or below {@code position}. */
    record Position(long position) implements AsOf {
        @Override
        public boolean includes(StreamIndex.Entry entry) {
            return entry.globalIndex() <= position;
        }
    }

    /** Every event stamped at or before {@code instant}. */
    record At(Instant instant) implements AsOf {
        @Override
        public boolean includes(StreamIndex.Entry entry) {
            return !entry.timestamp().isAfter(instant);
        }
    }
}
