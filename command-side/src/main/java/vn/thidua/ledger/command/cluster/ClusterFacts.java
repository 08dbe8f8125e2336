package vn.thidua.ledger.command.cluster;

import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.ClusterId;

/**
 * What other commands need to know about a cluster (its name and members in a year), read from the
 * cluster aggregate itself; see {@link AggregateReader} for why not from a view or the client.
 */
public class ClusterFacts {

    private final AggregateReader<EmulationCluster> clusters;

    public ClusterFacts(AggregateReader<EmulationCluster> clusters) {
        this.clusters = clusters;
    }

    public ClusterYear inYear(ClusterId clusterId, int year) {
        return clusters.read(clusterId.value(), cluster -> cluster.inYear(year));
    }
}
