package vn.thidua.ledger.command.rules;

import java.math.BigDecimal;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;

/**
 * Tiêu chuẩn danh hiệu thi đua: the parameters of the title criteria R2–R5 in one rule set version.
 *
 * @param grassrootsFighterInitiative R2: the lowest level an initiative must be recognised at
 * @param excellentCompletionSuffices R2: whether "hoàn thành xuất sắc nhiệm vụ" stands in for the initiative
 * @param ministryFighterStreak       R3: consecutive years as Chiến sĩ thi đua cơ sở before Chiến sĩ thi đua cấp Bộ
 * @param nationalFighterStreak       R3: recorded years as Chiến sĩ thi đua cấp Bộ before Chiến sĩ thi đua toàn quốc
 * @param grassrootsFighterCap        R4: the cap on a unit's Chiến sĩ thi đua cơ sở as a share of its Lao động tiên
 *                                    tiến; null where the rule set in force has no such cap
 * @param advancedCollectiveShare     R5: Tập thể lao động tiên tiến needs more than this share of Lao động tiên tiến
 * @param excellentCollectiveShare    R5: Tập thể lao động xuất sắc needs at least this share
 * @param disqualifyingDiscipline     R5: a member disciplined at this level or above disqualifies the collective
 */
public record TitleCriteria(RecognitionLevel grassrootsFighterInitiative, boolean excellentCompletionSuffices,
                            int ministryFighterStreak, int nationalFighterStreak, RatioCap grassrootsFighterCap,
                            BigDecimal advancedCollectiveShare, BigDecimal excellentCollectiveShare,
                            DisciplineLevel disqualifyingDiscipline) {
}
