package vn.thidua.ledger.query.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * Danh sách quyết định of a cluster's year, in the order they were recorded: the index document that lets the
 * list be read by {@code _id} and the decisions by {@code $in}.
 */
public record DecisionList(String clusterId, int year, List<String> decisionIds) {

    public DecisionList {
        decisionIds = List.copyOf(decisionIds);
    }

    static String key(String clusterId, int year) {
        return clusterId + ":" + year;
    }

    DecisionList with(String decisionId) {
        if (decisionIds.contains(decisionId)) {
            return this;
        }
        List<String> ids = new ArrayList<>(decisionIds);
        ids.add(decisionId);
        return new DecisionList(clusterId, year, ids);
    }
}
