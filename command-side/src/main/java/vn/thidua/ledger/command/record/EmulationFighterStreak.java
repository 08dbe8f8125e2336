package vn.thidua.ledger.command.record;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.TitleCriteria;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.record.RecognitionLevel;

/**
 * Chuỗi danh hiệu của Chiến sĩ thi đua cấp Bộ / toàn quốc (R3). Ministry level: Chiến sĩ thi đua cơ sở in each of
 * the last {@code ministryFighterStreak} years up to the nominated one, and an initiative of Ministry scope among
 * them. National level: Chiến sĩ thi đua cấp Bộ in at least {@code nationalFighterStreak} of the recorded years up
 * to the nominated one (as far as {@link RecordFacts#STREAK_LOOK_BACK} reaches, since a Ministry title spans
 * several years the ledger does not model), and an initiative of national scope among them. Law 2003/2013 arts.
 * 21–22 for v1; Law 06/2022/QH15 art. 21 (national, read in a secondary source) and art. 22 (unverified) for v2.
 *
 * <p>Only the records that exist count: once the nominated year has a record, a missing earlier year breaks the
 * streak, so the secretariat enters the history before proposing.
 */
final class EmulationFighterStreak {

    private EmulationFighterStreak() {
    }

    static void check(Title title, int year, List<Nominee> nominees, Standings standings, RuleSet rules) {
        TitleCriteria criteria = rules.titleCriteria();
        boolean ministry = title == Title.MINISTRY_EMULATION_FIGHTER;
        int window = ministry ? criteria.ministryFighterStreak() : RecordFacts.STREAK_LOOK_BACK + 1;
        Title below = ministry ? Title.GRASSROOTS_EMULATION_FIGHTER : Title.MINISTRY_EMULATION_FIGHTER;
        RecognitionLevel scope = ministry ? RecognitionLevel.MINISTRY : RecognitionLevel.NATIONAL;
        for (Nominee nominee : nominees) {
            if (standings.of(nominee.id(), year).isEmpty()) {
                continue;
            }
            List<Standing> years = IntStream.range(0, window)
                    .mapToObj(back -> standings.of(nominee.id(), year - back)).flatMap(Optional::stream)
                    .toList();
            long held = years.stream().filter(standing -> standing.holds(below)).count();
            int needed = ministry ? criteria.ministryFighterStreak() : criteria.nationalFighterStreak();
            if (held < needed) {
                throw unmet(rules, nominee, "holds " + below.vietnameseName() + " in " + held + " of the years "
                        + (year - window + 1) + "–" + year + (ministry ? ", not in each of them" : ", needs "
                        + needed));
            }
            if (years.stream().noneMatch(standing -> standing.hasInitiativeAtLeast(scope))) {
                throw unmet(rules, nominee, "has no initiative recognised at " + scope.vietnameseName()
                        + " level in those years");
            }
        }
    }

    private static DomainRejection unmet(RuleSet rules, Nominee nominee, String why) {
        return new DomainRejection(ErrorCode.FIGHTER_STREAK_UNMET, rules.cite(RuleCode.R3) + ": " + nominee.name()
                + " " + why + " (hồ sơ thi đua)");
    }
}
