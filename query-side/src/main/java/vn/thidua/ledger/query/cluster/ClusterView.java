package vn.thidua.ledger.query.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * Cụm thi đua as readers see it: its member units over the years and its head and deputy head per year.
 *
 * @param members    every membership period, in the order units joined; a unit that left and came back
 *                   has two periods
 * @param leadership the appointed head and deputy head per year, by year
 */
public record ClusterView(String clusterId, String name, int firstYear, List<Membership> members,
                          List<Leadership> leadership) {

    public ClusterView {
        members = List.copyOf(members);
        leadership = List.copyOf(leadership);
    }

    /**
     * Thành viên cụm: a member from {@code fromYear} until the year before {@code untilYear}
     * ({@code null} while still a member).
     */
    public record Membership(String unitId, String unitName, int fromYear, Integer untilYear,
                             String withdrawalReason) {

        public boolean isMemberIn(int year) {
            return year >= fromYear && (untilYear == null || year < untilYear);
        }
    }

    /**
     * Trưởng Cụm / Phó Trưởng Cụm of one year, with the decision that appointed them.
     *
     * @param handedOverOn the day the previous year's head handed the duties over to this head (null: not recorded)
     */
    public record Leadership(int year, String headUnitId, String headName, String deputyUnitId, String deputyName,
                             String decisionNumber, LocalDate handedOverOn) {
    }
}
