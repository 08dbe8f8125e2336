package vn.thidua.ledger.command.council;

import java.time.LocalDate;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.CouncilId;

/**
 * What a council round needs to know about its council (the roster and the council's own threshold on the round's
 * date), read from the council aggregate itself; see {@link AggregateReader} for why not from a view or the client.
 */
public class CouncilFacts {

    private final AggregateReader<Council> councils;

    public CouncilFacts(AggregateReader<Council> councils) {
        this.councils = councils;
    }

    public CouncilRoster rosterOn(CouncilId councilId, LocalDate date) {
        return councils.read(councilId.value(), council -> council.rosterOn(date));
    }
}
