package vn.thidua.ledger.app.testsupport;

import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Test-only command handler that records the metadata its last command arrived with. */
@Component
public class ProbeCommandHandler {

    public record ProbeCommand(String text) {
    }

    public static final AtomicReference<MetaData> LAST_METADATA = new AtomicReference<>();

    @CommandHandler
    public String handle(ProbeCommand command, MetaData metaData) {
        LAST_METADATA.set(metaData);
        return "handled " + command.text();
    }
}
