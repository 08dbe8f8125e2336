package vn.thidua.ledger.app.command;

import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;

/**
 * Builds command messages with explicit audit metadata, for {@code CommandGateway.send(...)}.
 * Plain commands need none of this: the {@link AuditMetaDataInterceptor} stamps them.
 */
public final class AuditedCommands {

    private AuditedCommands() {
    }

    /**
     * A command sent without identity: principal {@code anonymous-ballot}, no roles, unit, reason
     * or request id. For secret ballots, whose eligibility is proven by the ballot credential in
     * the payload, not by who sends it.
     */
    public static <C> CommandMessage<C> anonymous(C command) {
        return new GenericCommandMessage<>(command, Map.of(AuditMetaData.PRINCIPAL, AuditMetaData.ANONYMOUS_BALLOT));
    }

    /** A command with a reason given in the request body rather than the X-Reason header. */
    public static <C> CommandMessage<C> withReason(C command, String reason) {
        String normalised = normaliseReason(reason);
        return normalised == null
                ? GenericCommandMessage.asCommandMessage(command)
                : new GenericCommandMessage<>(command, Map.of(AuditMetaData.REASON, normalised));
    }

    /** Trims, drops control characters and caps the length; null for an empty reason. */
    static String normaliseReason(String reason) {
        if (reason == null) {
            return null;
        }
        String cleaned = reason.replaceAll("\\p{Cntrl}", " ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > AuditMetaData.MAX_REASON_LENGTH
                ? cleaned.substring(0, AuditMetaData.MAX_REASON_LENGTH)
                : cleaned;
    }
}
