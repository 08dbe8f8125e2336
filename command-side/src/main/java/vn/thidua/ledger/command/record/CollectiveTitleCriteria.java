package vn.thidua.ledger.command.record;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.TitleCriteria;
import vn.thidua.ledger.events.common.Title;

/**
 * Tiêu chuẩn Tập thể lao động tiên tiến / xuất sắc (R5), counted on the unit's số công chức, viên chức, người lao
 * động: advanced needs more than half of them Lao động tiên tiến; excellent needs all of them completing their
 * duties, at least 70% Lao động tiên tiến and at least one Chiến sĩ thi đua cơ sở; neither may have a member
 * disciplined from cảnh cáo up (Law on Emulation and Commendation 2003/2013 arts. 27–28 for v1; Law 06/2022/QH15
 * arts. 27–28 for v2, unverified). The shares and the discipline level are rule-set data.
 */
final class CollectiveTitleCriteria {

    private CollectiveTitleCriteria() {
    }

    static void check(Title title, int year, List<Nominee> nominees, Standings standings, RuleSet rules) {
        TitleCriteria criteria = rules.titleCriteria();
        for (Nominee nominee : nominees) {
            standings.of(nominee.id(), year).ifPresent(standing -> {
                StaffCounts counts = standing.staffCounts().orElseThrow(() -> unmet(rules, nominee, year,
                        "has no staff counts (số công chức, viên chức, người lao động) in its record"));
                if (counts.heaviestMemberDiscipline() != null
                        && counts.heaviestMemberDiscipline().atLeast(criteria.disqualifyingDiscipline())) {
                    throw unmet(rules, nominee, year, "has a member disciplined with "
                            + counts.heaviestMemberDiscipline().vietnameseName() + " (from "
                            + criteria.disqualifyingDiscipline().vietnameseName() + " up disqualifies)");
                }
                if (title == Title.ADVANCED_COLLECTIVE) {
                    checkAdvanced(counts, criteria, rules, nominee, year);
                } else {
                    checkExcellent(counts, criteria, rules, nominee, year);
                }
            });
        }
    }

    private static void checkAdvanced(StaffCounts counts, TitleCriteria criteria, RuleSet rules, Nominee nominee,
                                      int year) {
        if (compare(counts.advancedWorkers(), criteria.advancedCollectiveShare(), counts.staff()) <= 0) {
            throw unmet(rules, nominee, year, "has " + counts.advancedWorkers() + " Lao động tiên tiến of "
                    + counts.staff() + ": not more than " + percent(criteria.advancedCollectiveShare()));
        }
    }

    private static void checkExcellent(StaffCounts counts, TitleCriteria criteria, RuleSet rules, Nominee nominee,
                                       int year) {
        if (counts.completedDuties() < counts.staff()) {
            throw unmet(rules, nominee, year, "has " + counts.completedDuties() + " of " + counts.staff()
                    + " staff completing their duties: all must");
        }
        if (compare(counts.advancedWorkers(), criteria.excellentCollectiveShare(), counts.staff()) < 0) {
            throw unmet(rules, nominee, year, "has " + counts.advancedWorkers() + " Lao động tiên tiến of "
                    + counts.staff() + ": less than " + percent(criteria.excellentCollectiveShare()));
        }
        if (counts.grassrootsFighters() < 1) {
            throw unmet(rules, nominee, year, "has no Chiến sĩ thi đua cơ sở");
        }
    }

    /** {@code part} against {@code ratio} of {@code whole}, exactly: no division, so no rounding decides a threshold. */
    private static int compare(int part, BigDecimal ratio, int whole) {
        return BigDecimal.valueOf(part).compareTo(ratio.multiply(BigDecimal.valueOf(whole)));
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static DomainRejection unmet(RuleSet rules, Nominee nominee, int year, String why) {
        return new DomainRejection(ErrorCode.COLLECTIVE_CRITERIA_UNMET, rules.cite(RuleCode.R5) + ": "
                + nominee.name() + " " + why + " in " + year + " (hồ sơ thi đua)");
    }
}
