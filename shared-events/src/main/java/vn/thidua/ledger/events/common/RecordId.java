package vn.thidua.ledger.events.common;

/**
 * Mã hồ sơ thi đua (identifier of the emulation record of one person or unit for one year):
 * {@code {registrantId}-{year}}, derived so that a person's or unit's year has exactly one record.
 */
public record RecordId(String value) {

    public RecordId {
        IdRules.check("RecordId", value);
    }

    public static RecordId of(RegistrantId holder, int year) {
        return new RecordId(holder.value() + "-" + year);
    }

    @Override
    public String toString() {
        return value;
    }
}
