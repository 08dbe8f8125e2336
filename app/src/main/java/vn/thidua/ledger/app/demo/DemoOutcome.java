package vn.thidua.ledger.app.demo;

import java.util.Map;

/**
 * What the demo loader did at one start.
 *
 * @param requests    commands sent, by command name (empty unless loaded)
 * @param storeHead   global index of the newest event after loading (0 = empty store)
 */
public record DemoOutcome(Status status, String detail, Map<String, Long> requests, long storeHead) {

    public enum Status { LOADED, SKIPPED, FAILED }

    static DemoOutcome skipped(String why) {
        return new DemoOutcome(Status.SKIPPED, why, Map.of(), 0);
    }
}
