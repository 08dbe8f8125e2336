package vn.thidua.ledger.events.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vai trò (role) of a caller, from DOMAIN.md ("Roles"). Metadata ({@link MetaDataKeys#ROLES}) and tokens
 * carry the {@link #name()}; Spring authorities carry it with the {@code ROLE_} prefix. The public is not a
 * role: it is anonymous access.
 */
public enum Role {
    /** Thư ký (secretariat) of the cluster. */
    SECRETARIAT,
    /** Trưởng Cụm (head of the cluster). */
    CLUSTER_HEAD,
    /** Đại diện đơn vị (unit representative): acts for its own unit only. */
    UNIT_REPRESENTATIVE,
    /** Thành viên hội đồng / đại biểu (voter). */
    VOTER,
    /** Kiểm toán (auditor): reads everything, changes nothing. */
    AUDITOR;

    /** Every role name. */
    public static final Set<String> NAMES = Arrays.stream(values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    /** True when these role names (as metadata carries them; null for none) include this role. */
    public boolean in(Collection<String> roleNames) {
        return roleNames != null && roleNames.contains(name());
    }
}
