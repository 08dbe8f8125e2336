package vn.thidua.ledger.command.record;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.Title;

/**
 * Tiêu chuẩn danh hiệu (R2–R5): which criteria a title has, applied to its nominees' records. Called where a title
 * is put forward, when a nomination round opens and when a commendation is decided, so that a record changed in
 * between (a discipline found late) still stops the award.
 *
 * <p>A nominee without a record for the year is not checked: the ledger holds records only from the year the
 * secretariat starts entering them, and the seed year and older ones have none (see docs/domain.md, "Records"),
 * unless the campaign requires records: then such a nominee is refused ({@link RequiredRecordPolicy}).
 */
public final class TitleCriteriaPolicy {

    private static final Set<Title> WITH_CRITERIA = EnumSet.of(Title.GRASSROOTS_EMULATION_FIGHTER,
            Title.MINISTRY_EMULATION_FIGHTER, Title.NATIONAL_EMULATION_FIGHTER, Title.ADVANCED_COLLECTIVE,
            Title.EXCELLENT_COLLECTIVE);

    private TitleCriteriaPolicy() {
    }

    /** Lao động tiên tiến and the flags have no criteria the records hold (R6 caps flag proposals). */
    public static boolean appliesTo(Title title) {
        return WITH_CRITERIA.contains(title);
    }

    /** At the opening of a round: the criteria of each candidate (R4 waits for the decision, see below). */
    public static void checkCandidates(Title title, int year, List<Nominee> nominees, Standings standings,
                                       RuleSet rules) {
        RequiredRecordPolicy.check(title, year, nominees, standings, rules);
        switch (title) {
            case GRASSROOTS_EMULATION_FIGHTER -> GrassrootsFighterCriteria.check(year, nominees, standings, rules);
            case MINISTRY_EMULATION_FIGHTER, NATIONAL_EMULATION_FIGHTER ->
                    EmulationFighterStreak.check(title, year, nominees, standings, rules);
            case ADVANCED_COLLECTIVE, EXCELLENT_COLLECTIVE ->
                    CollectiveTitleCriteria.check(title, year, nominees, standings, rules);
            default -> {
                // See appliesTo: nothing to check.
            }
        }
    }

    /**
     * At a commendation decision: the same criteria, and the share cap (R4), which counts the recipients and so is
     * known only once the round has chosen them: a round may well stand more candidates than the cap.
     */
    public static void checkRecipients(Title title, int year, List<Nominee> recipients, Standings standings,
                                       RuleSet rules) {
        checkCandidates(title, year, recipients, standings, rules);
        if (title == Title.GRASSROOTS_EMULATION_FIGHTER) {
            GrassrootsFighterShareCap.check(year, recipients, standings, rules);
        }
    }
}
