package vn.thidua.ledger.command.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/** A unit as a request names it: id and Vietnamese name (UTF-8, diacritics kept). */
public record UnitInput(@ValidId String id,
                        @NotBlank @Size(max = ApiInput.MAX_NAME) String name) {

    public UnitRef toUnitRef() {
        return new UnitRef(new UnitId(id), name);
    }
}
