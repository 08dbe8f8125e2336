package vn.thidua.ledger.command.campaign;

import java.time.LocalDate;

/** Thời hạn đăng ký thi đua, both days inclusive. */
record RegistrationWindow(LocalDate opensOn, LocalDate closesOn) {

    boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    @Override
    public String toString() {
        return opensOn + " – " + closesOn;
    }
}
