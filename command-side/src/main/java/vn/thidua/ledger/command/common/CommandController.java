package vn.thidua.ledger.command.common;

import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What every command endpoint shares: send the command and wait for the aggregate's verdict, and
 * answer {@code 201 Created} with the {@code Location} where the query side shows the result.
 * Rejections are not caught here: they reach the application's one exception advice, which maps
 * them to problem+json by their code.
 *
 * <p>Named {@code ...Controller} because the architecture rules allow Spring only in controllers.
 */
public abstract class CommandController {

    /** Metadata principal of a secret ballot; the app's audit interceptor then strips every other key. */
    private static final String ANONYMOUS_BALLOT = SecretBallotCast.ANONYMOUS_PRINCIPAL;

    private final CommandGateway commandGateway;

    protected CommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Principal, roles, unit, X-Reason and request id are stamped by the gateway's interceptor. */
    protected void send(Object command) {
        commandGateway.sendAndWait(command);
    }

    /** The same, for a command whose handler answers with a result (e.g. a blind signature). */
    protected <R> R sendForResult(Object command) {
        return commandGateway.sendAndWait(command);
    }

    /**
     * A reason the domain requires in the body is the audit reason too, and wins over X-Reason. A
     * missing one is left for the aggregate to refuse with its own code (e.g. REASON_REQUIRED).
     */
    protected void sendWithReason(Object command, String reason) {
        if (reason == null || reason.isBlank()) {
            send(command);
        } else {
            commandGateway.sendAndWait(new GenericCommandMessage<>(command, Map.of(MetaDataKeys.REASON, reason)));
        }
    }

    /**
     * Without identity: for secret ballots, where the credential in the payload proves eligibility
     * and nothing may link the sender to the ballot (docs/secret-ballot.md).
     */
    protected void sendAnonymously(Object command) {
        commandGateway.sendAndWait(new GenericCommandMessage<>(command, Map.of(MetaDataKeys.PRINCIPAL, ANONYMOUS_BALLOT)));
    }

    /** 201 with the body's location as the Location header. */
    protected static <T extends Created> ResponseEntity<T> created(T body) {
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, body.location()).body(body);
    }

    /** A response no cache may store: for answers that carry or prove a ballot credential. */
    protected static <T> ResponseEntity<T> uncached(ResponseEntity<T> response) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .cacheControl(CacheControl.noStore()).body(response.getBody());
    }
}
