package vn.thidua.ledger.command.record;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RatioCap;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitId;

/**
 * Tỷ lệ Chiến sĩ thi đua cơ sở (R4): a unit's Chiến sĩ thi đua cơ sở are at most 15% of its Lao động tiên tiến
 * (Decree 91/2017/NĐ-CP art. 9(3), rule set v1). The v2 rule set has no cap: we found none in Law 06/2022/QH15 and
 * could not read Decree 98/2023/NĐ-CP (unverified). Counted per unit on the recipients of one decision, against the
 * Lao động tiên tiến of the unit's record; a unit without staff counts in its record is not checked.
 */
final class GrassrootsFighterShareCap {

    private GrassrootsFighterShareCap() {
    }

    static void check(int year, List<Nominee> recipients, Standings standings, RuleSet rules) {
        RatioCap cap = rules.titleCriteria().grassrootsFighterCap();
        if (cap == null) {
            return;
        }
        // By unit id: a unit's name may be spelt differently on two recipients, its id may not.
        Map<UnitId, List<Nominee>> perUnit = recipients.stream().collect(Collectors.groupingBy(
                nominee -> nominee.unit().id()));
        perUnit.forEach((unitId, nominees) -> standings.of(new RegistrantId(unitId.value()), year)
                .flatMap(Standing::staffCounts)
                .ifPresent(counts -> {
                    int max = cap.of(counts.advancedWorkers());
                    int count = nominees.size();
                    if (count > max) {
                        throw new DomainRejection(ErrorCode.GRASSROOTS_FIGHTER_SHARE_EXCEEDED, rules.cite(RuleCode.R4)
                                + ": " + nominees.get(0).unit().name() + " has " + counts.advancedWorkers()
                                + " Lao động tiên tiến in " + year + ", so at most " + max
                                + " Chiến sĩ thi đua cơ sở, got " + count);
                    }
                }));
    }
}
