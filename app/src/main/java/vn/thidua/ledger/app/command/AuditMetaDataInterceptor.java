package vn.thidua.ledger.app.command;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
import vn.thidua.ledger.app.security.Actor;
import vn.thidua.ledger.app.security.CurrentActor;
import vn.thidua.ledger.app.web.MalformedHeaderException;
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
     * HTTP header values are ASCII: a Vietnamese reason is sent percent-encoded UTF-8, as JavaScript's
     * encodeURIComponent produces; plain ASCII passes unchanged, and a {@code %} not followed by two hex digits
     * stands for itself ("100% done"). Anything else is refused before the command is sent, since the reason is
     * stored for good with its events: raw bytes, which the server reads as Latin-1 ({@code lý} would become
     * {@code lÃ½}), and escapes that are not UTF-8 ({@code %FF}, which would become U+FFFD).
     *
     * @throws MalformedHeaderException the header is not printable ASCII, or its escapes are not UTF-8
     */
    static String reasonHeader(HttpServletRequest request) {
        String raw = request.getHeader(REASON_HEADER);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return normaliseReason(percentDecoded(raw));
    }

    private static String percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c < ' ' && c != '\t') || c > '~') {
                throw malformedReason();
            }
            if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw malformedReason();
        }
    }

    private static MalformedHeaderException malformedReason() {
        return new MalformedHeaderException(REASON_HEADER + " must be printable ASCII, a Vietnamese reason "
                + "percent-encoded UTF-8 (JavaScript's encodeURIComponent); nothing was recorded.");
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
