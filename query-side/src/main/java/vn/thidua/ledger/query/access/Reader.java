package vn.thidua.ledger.query.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Người đọc: who reads a view, as far as the query side needs to know to decide what they may see. The app builds
 * it from the authenticated caller and its roles; the query side knows no security classes.
 *
 * @param unitId for a {@link Standing#UNIT_REPRESENTATIVE}, the unit it represents; empty otherwise (a
 *               representative without a known unit may read no campaign's internal views)
 */
public record Reader(Standing standing, Optional<String> unitId) {

    /** What a reader may see of the internal (non-public) views. */
    public enum Standing {
        /** Not signed in: the public views only. */
        PUBLIC,
        /** Secretariat or auditor: every view in full, personal names included. */
        OVERSIGHT,
        /** Đại diện đơn vị: the internal views of the campaigns its unit is a member of, its own unit's names. */
        UNIT_REPRESENTATIVE,
        /** Any other signed-in caller (voter, cluster head): the internal views, without personal names. */
        SIGNED_IN
    }

    public Reader {
        Objects.requireNonNull(standing, "standing");
        unitId = Objects.requireNonNull(unitId, "unitId").filter(u -> !u.isBlank());
        if (standing != Standing.UNIT_REPRESENTATIVE && unitId.isPresent()) {
            throw new IllegalArgumentException("Only a unit representative reads for a unit");
        }
    }

    public static Reader anonymous() {
        return new Reader(Standing.PUBLIC, Optional.empty());
    }

    public static Reader oversight() {
        return new Reader(Standing.OVERSIGHT, Optional.empty());
    }

    public static Reader signedIn() {
        return new Reader(Standing.SIGNED_IN, Optional.empty());
    }

    public static Reader representativeOf(Optional<String> unitId) {
        return new Reader(Standing.UNIT_REPRESENTATIVE, unitId);
    }

    /** True when this reader represents exactly this unit. */
    public boolean represents(String unit) {
        return standing == Standing.UNIT_REPRESENTATIVE && unitId.filter(unit::equals).isPresent();
    }
}
