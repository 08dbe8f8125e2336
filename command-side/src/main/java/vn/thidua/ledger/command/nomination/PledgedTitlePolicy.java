package vn.thidua.ledger.command.nomination;

import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;

/**
 * Đăng ký thi đua trước khi xét danh hiệu (R1): where the year's rule set requires it, a title is
 * proposed only for who pledged it that year (Law on Emulation and Commendation; inferred, see
 * DOMAIN.md). A round's candidates carry the titles they pledged, read from the campaign.
 */
final class PledgedTitlePolicy {

    private PledgedTitlePolicy() {
    }

    /** Whether the rule set requires a pledge for the round's title; refuses the first candidate who did not pledge it. */
    static boolean check(OpenNominationRound command, RuleSet rules) {
        boolean required = rules.requiresPledge(command.title());
        if (required) {
            command.candidates().stream().filter(candidate -> !candidate.pledgedTitles().contains(command.title()))
                    .findFirst().ifPresent(candidate -> {
                        throw new DomainRejection(ErrorCode.TITLE_NOT_PLEDGED, rules.cite(RuleCode.R1) + ": "
                                + candidate.name() + " did not pledge " + command.title().vietnameseName() + " in "
                                + command.year());
                    });
        }
        return required;
    }
}
