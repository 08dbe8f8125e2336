package vn.thidua.ledger.command.record;

import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.TitleCriteria;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.record.TaskCompletionGrade;

/**
 * Tiêu chuẩn Chiến sĩ thi đua cơ sở (R2): the candidate is a Lao động tiên tiến of the year and has an initiative
 * recognised at least at grassroots level, or, where the rule set says so, completed their duties with
 * excellence. Decree 91/2017/NĐ-CP art. 9(3) for the v1 rule set (excellent completion counts there only in the
 * armed forces); Law 06/2022/QH15 art. 23 for v2, unverified (see the rule-set files).
 */
final class GrassrootsFighterCriteria {

    private GrassrootsFighterCriteria() {
    }

    static void check(int year, List<Nominee> nominees, Standings standings, RuleSet rules) {
        TitleCriteria criteria = rules.titleCriteria();
        for (Nominee nominee : nominees) {
            standings.of(nominee.id(), year).ifPresent(standing -> {
                if (!standing.holds(Title.ADVANCED_WORKER)) {
                    throw unmet(rules, nominee, year, "is not a Lao động tiên tiến");
                }
                boolean excellent = criteria.excellentCompletionSuffices()
                        && standing.grade() == TaskCompletionGrade.EXCELLENT;
                if (!standing.hasInitiativeAtLeast(criteria.grassrootsFighterInitiative()) && !excellent) {
                    throw unmet(rules, nominee, year, "has no initiative recognised at "
                            + criteria.grassrootsFighterInitiative().vietnameseName()
                            + (criteria.excellentCompletionSuffices() ? " nor an excellent completion of duties" : ""));
                }
            });
        }
    }

    private static DomainRejection unmet(RuleSet rules, Nominee nominee, int year, String why) {
        return new DomainRejection(ErrorCode.GRASSROOTS_FIGHTER_CRITERIA_UNMET, rules.cite(RuleCode.R2) + ": "
                + nominee.name() + " " + why + " in " + year + " (hồ sơ thi đua)");
    }
}
