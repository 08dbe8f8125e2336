package vn.thidua.ledger.app.testsupport;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test-only view in its own processing group: records the probe events it applies, in order. */
@Component
@ProcessingGroup(ProbeProjection.GROUP)
public class ProbeProjection {

    public static final String GROUP = "probe";

    /** A test-only event. */
    public record ProbeRecorded(String text) {
    }

    private final List<String> applied = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProbeRecorded event) {
        applied.add(event.text());
    }

    public List<String> applied() {
        return List.copyOf(applied);
    }
}
