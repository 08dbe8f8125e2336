package vn.thidua.ledger.command.rules;

import java.time.LocalDate;
import vn.thidua.ledger.events.common.RuleVersionBasis;

/**
 * A command's request to pick its rule-set version otherwise than by default ({@link RuleVersionPolicy}).
 *
 * @param dossierReceivedOn the day the proposal dossier was received; required for {@code DOSSIER_RECEIVED}
 * @param reason            why the default does not apply; always required, it is recorded with the choice
 */
public record RuleVersionOverride(RuleVersionBasis basis, LocalDate dossierReceivedOn, String reason) {
}
