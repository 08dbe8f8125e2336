package vn.thidua.ledger.app.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;
import vn.thidua.ledger.app.security.Actor;
import vn.thidua.ledger.app.security.CurrentActor;
import vn.thidua.ledger.app.web.RequestIdFilter;
import vn.thidua.ledger.app.web.TextHygiene;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.nomination.SecretBallotCast;

/**
 * Stamps every command sent through the {@code CommandGateway} with who sent it and why. Axon's
 * Spring Boot auto-configuration registers every such bean on the gateway; it runs on the caller's
 * thread, so the SecurityContext and the current HTTP request are visible here.
 * <p>
 * Values already on the message win: a caller without an HTTP request (demo loader, saga) can set
 * its own {@code principal}, and a controller can pass a {@code reason} from the body. A command
 * whose principal is {@link SecretBallotCast#ANONYMOUS_PRINCIPAL} keeps no identifying key at all.
 */
public class AuditMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String REASON_HEADER = "X-Reason";

    /** Longest reason kept; a longer one is cut, since metadata is stored with every event. */
    static final int MAX_REASON_LENGTH = 1000;

    private final CurrentActor currentActor;

    public AuditMetaDataInterceptor(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, message) -> stamp(message);
    }

    CommandMessage<?> stamp(CommandMessage<?> message) {
        MetaData meta = message.getMetaData();
        if (SecretBallotCast.ANONYMOUS_PRINCIPAL.equals(meta.get(MetaDataKeys.PRINCIPAL))) {
            // Strip whatever could link the ballot to the voter's session or request.
            return message.withMetaData(meta.withoutKeys(java.util.Set.of(MetaDataKeys.ROLES,
                    MetaDataKeys.UNIT_ID, MetaDataKeys.REASON, MetaDataKeys.REQUEST_ID)));
        }
        Map<String, Object> added = new HashMap<>();
        if (meta.get(MetaDataKeys.REASON) instanceof String given && normaliseReason(given) != null) {
            // A reason from a request body can be a page long: the audit copy is capped like the header's.
            added.put(MetaDataKeys.REASON, normaliseReason(given));
        }
        if (!meta.containsKey(MetaDataKeys.PRINCIPAL)) {
            currentActor.find().ifPresent(actor -> addActor(added, actor));
        }
        HttpServletRequest request = currentRequest();
        if (request != null) {
            if (!meta.containsKey(MetaDataKeys.REASON)) {
                String reason = reasonHeader(request);
                if (reason != null) {
                    added.put(MetaDataKeys.REASON, reason);
                }
            }
            if (!meta.containsKey(MetaDataKeys.REQUEST_ID) && request.getAttribute(RequestIdFilter.ATTRIBUTE) != null) {
                added.put(MetaDataKeys.REQUEST_ID, request.getAttribute(RequestIdFilter.ATTRIBUTE).toString());
            }
        }
        return added.isEmpty() ? message : message.andMetaData(added);
    }

    private static void addActor(Map<String, Object> target, Actor actor) {
        target.put(MetaDataKeys.PRINCIPAL, actor.id());
        List<String> roles = new ArrayList<>(actor.roles());
        roles.sort(null);
        target.put(MetaDataKeys.ROLES, List.copyOf(roles));
        actor.unitId().ifPresent(unit -> target.put(MetaDataKeys.UNIT_ID, unit));
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    /**
     * HTTP header values are ASCII in practice (Spring Security's firewall rejects raw UTF-8 bytes),
     * so a Vietnamese reason is sent percent-encoded UTF-8, as JavaScript's encodeURIComponent
     * produces; plain ASCII passes unchanged. A malformed escape keeps the raw text.
     */
    static String reasonHeader(HttpServletRequest request) {
        String raw = request.getHeader(REASON_HEADER);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw;
        }
        return normaliseReason(decoded);
    }

    /**
     * NFC without bidi and zero-width characters ({@link TextHygiene}), control characters as
     * spaces, trimmed and capped; null for an empty reason.
     */
    static String normaliseReason(String reason) {
        if (reason == null) {
            return null;
        }
        String cleaned = TextHygiene.clean(reason).replaceAll("\\p{Cntrl}", " ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() > MAX_REASON_LENGTH
                ? cleaned.substring(0, MAX_REASON_LENGTH)
                : cleaned;
    }
}
