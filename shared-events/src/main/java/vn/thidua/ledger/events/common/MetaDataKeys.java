package vn.thidua.ledger.events.common;

import java.util.List;

/**
 * Dấu vết kiểm toán (audit trail): the metadata keys every command carries and every event it causes
 * inherits. The API stamps them, the command side reads them with {@code @MetaDataValue}, the query side
 * shows them in the audit trail. They are stored with every event, so the names never change.
 */
public final class MetaDataKeys {

    /** Actor id of the authenticated caller, or the anonymous principal of a secret ballot ({@code SecretBallotCast.ANONYMOUS_PRINCIPAL}). */
    public static final String PRINCIPAL = "principal";
    /** The caller's {@link Role} names, as a sorted list of strings. */
    public static final String ROLES = "roles";
    /** The unit a unit representative acts for; absent for other roles. */
    public static final String UNIT_ID = "unitId";
    /** Why the caller did this: the {@code X-Reason} header or a reason given explicitly. */
    public static final String REASON = "reason";
    /** The HTTP request id (X-Request-Id), shared by all commands of one request. */
    public static final String REQUEST_ID = "requestId";

    /** Nhập từ sổ Excel: the file name of the workbook a fact was imported from (docs/excel-word.md). */
    public static final String SOURCE_FILE = "sourceFile";
    /** The SHA-256 (hex) of that workbook's bytes, so the very file can be found and checked again. */
    public static final String SOURCE_SHA256 = "sourceSha256";

    /** The keys copied from a command into the events it causes. */
    public static final List<String> CORRELATED = List.of(PRINCIPAL, ROLES, UNIT_ID, REASON, REQUEST_ID, SOURCE_FILE,
                                                          SOURCE_SHA256);

    private MetaDataKeys() {
    }
}
