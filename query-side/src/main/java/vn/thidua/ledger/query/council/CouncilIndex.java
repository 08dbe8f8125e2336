package vn.thidua.ledger.query.council;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids of every council, in the order they were established: how {@code GET /api/councils} finds them with one
 * lookup. One entry per council (a unit has one), written only when a council is established.
 */
public record CouncilIndex(List<String> councilIds) {

    public CouncilIndex {
        councilIds = List.copyOf(councilIds);
    }

    static CouncilIndex with(CouncilIndex index, String councilId) {
        List<String> ids = new ArrayList<>(index == null ? List.of() : index.councilIds());
        if (!ids.contains(councilId)) {
            ids.add(councilId);
        }
        return new CouncilIndex(ids);
    }
}
