package vn.thidua.ledger.app.command;

import vn.thidua.ledger.events.nomination.SecretBallotCast;
import java.util.List;

/**
 * Metadata keys every command carries and every event inherits (audit trail). The command side
 * reads them in handlers with {@code @MetaDataValue("principal")} etc.; it cannot import this class
 * (module boundary), so the names are part of the contract and never change.
 */
public final class AuditMetaData {

    /** Actor id of the authenticated caller, or {@link #ANONYMOUS_BALLOT}. */
    public static final String PRINCIPAL = "principal";
    /** The caller's roles without {@code ROLE_} prefix, as a sorted list of strings. */
    public static final String ROLES = "roles";
    /** The unit a unit representative acts for; absent for other roles. */
    public static final String UNIT_ID = "unitId";
    /** Why the caller did this: the {@code X-Reason} header or a reason given explicitly. */
    public static final String REASON = "reason";
    /** The HTTP request id (X-Request-Id), shared by all commands of one request. */
    public static final String REQUEST_ID = "requestId";

    /** Principal of a secret ballot: no identity, roles, unit, reason or request id attached. */
    public static final String ANONYMOUS_BALLOT = SecretBallotCast.ANONYMOUS_PRINCIPAL;

    /** The keys copied from a command into the events it causes. */
    public static final List<String> CORRELATED_KEYS = List.of(PRINCIPAL, ROLES, UNIT_ID, REASON, REQUEST_ID);

    /** Longest reason kept; a longer one is cut, since metadata is stored with every event. */
    public static final int MAX_REASON_LENGTH = 1000;

    private AuditMetaData() {
    }
}
