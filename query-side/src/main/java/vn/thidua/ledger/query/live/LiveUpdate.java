package vn.thidua.ledger.query.live;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message of the public live stream: which public view changed and at which global position. It carries
 * ids and a position only, never a score or a vote, so a page learns <em>that</em> it should refetch, and then
 * reads the public view (with its own access rules) for the <em>what</em>.
 *
 * @param name       the SSE event name ({@code ranking-published}, {@code round-closed})
 * @param campaignId the campaign concerned
 * @param roundId    the round concerned, or null for a campaign's event
 * @param position   global index of the event that changed the view (the view's new ETag)
 */
public record LiveUpdate(String name, String campaignId, String roundId, long position) {

    public static final String RANKING_PUBLISHED = "ranking-published";
    public static final String ROUND_CLOSED = "round-closed";

    static LiveUpdate rankingPublished(String campaignId, long position) {
        return new LiveUpdate(RANKING_PUBLISHED, campaignId, null, position);
    }

    static LiveUpdate roundClosed(String roundId, String campaignId, long position) {
        return new LiveUpdate(ROUND_CLOSED, campaignId, roundId, position);
    }

    /** The event's data, in a fixed key order and without the absent round of a campaign's event. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campaignId", campaignId);
        if (roundId != null) {
            data.put("roundId", roundId);
        }
        data.put("position", position);
        return data;
    }
}
