package vn.thidua.ledger.query.pledge;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.query.fixtures.ClusterIv.launched;

class PledgeFoldTest {

    private static final LocalDate ON = LocalDate.of(2022, 2, 20);

    private static PledgeRegistered unitPledge(UnitRef unit, int staff) {
        return new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(unit.id().value()), unit.name(), RegistrantKind.UNIT,
                                    unit, staff, List.of(Title.EXCELLENT_COLLECTIVE), ON);
    }

    private static PledgeRegistered person(UnitRef unit, String id, String name) {
        return new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId(id), name, RegistrantKind.INDIVIDUAL, unit, null,
                                    List.of(Title.ADVANCED_WORKER), ON);
    }

    /** A unit's head and its registrations by number, folded in memory as the projector does in documents. */
    private record Unit(UnitPledges head, List<UnitPledges.Registration> registrations) {

        Unit apply(PledgeEvent event) {
            List<UnitPledges.Registration> next = new ArrayList<>(registrations);
            int number = IntStream.range(0, next.size())
                    .filter(i -> next.get(i).registrantId().equals(event.registrantId().value()))
                    .findFirst().orElse(next.size());
            UnitPledges.Registration before = number < next.size() ? next.get(number) : null;
            UnitPledges.Registration after = PledgeFold.apply(before, event);
            if (before == null) {
                next.add(after);
            } else {
                next.set(number, after);
            }
            return new Unit(PledgeFold.tally(head, number, before, after, event), next);
        }

        UnitCoverage coverage() {
            return head.coverage();
        }
    }

    private static Unit fold(UnitRef unit, PledgeEvent... events) {
        Unit state = new Unit(PledgeFold.emptyUnit(events[0], unit), List.of());
        for (PledgeEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** Vụ Hợp tác quốc tế with three staff (illustrative headcount), all registered. */
    private static Unit htqtAllRegistered() {
        return fold(HTQT.unit(), unitPledge(HTQT.unit(), 3), person(HTQT.unit(), "htqt-cb-1", "Nguyễn Văn A (minh họa)"),
                    person(HTQT.unit(), "htqt-cb-2", "Trần Thị B (minh họa)"), person(HTQT.unit(), "htqt-cb-3", "Lê Văn C (minh họa)"));
    }

    @Test
    void everyStaffMemberRegisteredIsAHundredPercentCoverage() {
        UnitCoverage line = htqtAllRegistered().coverage();

        assertThat(line.coverage().registeredIndividuals()).isEqualTo(3);
        assertThat(line.coverage().staffCount()).isEqualTo(3);
        assertThat(line.coverage().percent()).isEqualByComparingTo("100.0");
        assertThat(line.unitTitles()).containsExactly(Title.EXCELLENT_COLLECTIVE);
    }

    @Test
    void aWithdrawalLowersTheCoverageAndKeepsItsReasonInTheHistory() {
        Unit pledges = htqtAllRegistered().apply(new PledgeWithdrawn(CAMPAIGN, 2022,
                new RegistrantId("htqt-cb-2"), "Trần Thị B (minh họa)", "Nghỉ hưu (minh họa)", ON.plusDays(10)));

        assertThat(pledges.coverage().coverage().percent()).isEqualByComparingTo("66.7");
        UnitPledges.Registration withdrawn = pledges.registrations().get(2);
        assertThat(withdrawn.status()).isEqualTo(UnitPledges.Status.WITHDRAWN);
        assertThat(withdrawn.history()).extracting(UnitPledges.Change::kind)
                .containsExactly(UnitPledges.ChangeKind.REGISTERED, UnitPledges.ChangeKind.WITHDRAWN);
        assertThat(withdrawn.history().get(1).reason()).isEqualTo("Nghỉ hưu (minh họa)");
    }

    @Test
    void anAmendmentChangesTitlesAndTheUnitsHeadcount() {
        Unit pledges = htqtAllRegistered().apply(new PledgeAmended(CAMPAIGN, 2022,
                new RegistrantId("vu-htqt"), HTQT.unit().name(), 4, List.of(Title.ADVANCED_COLLECTIVE), ON.plusDays(5)));

        assertThat(pledges.head().staffCount()).isEqualTo(4);
        assertThat(pledges.coverage().coverage().percent()).isEqualByComparingTo("75.0");
        assertThat(pledges.coverage().unitTitles()).containsExactly(Title.ADVANCED_COLLECTIVE);
    }

    @Test
    void theCampaignCoverageCountsTheUnitsWhoseHeadcountIsKnown() {
        Unit thads = fold(THADS.unit(), unitPledge(THADS.unit(), 2), person(THADS.unit(), "thads-cb-1", "Phạm Văn D (minh họa)"));
        CampaignPledges campaign = PledgeFold.withUnit(PledgeFold.withUnit(PledgeFold.launched(launched()),
                                                                           htqtAllRegistered().coverage()),
                                                       thads.coverage());

        assertThat(campaign.units()).hasSize(6);
        assertThat(campaign.coverage().registeredIndividuals()).isEqualTo(4);
        assertThat(campaign.coverage().staffCount()).isEqualTo(5);
        assertThat(campaign.coverage().percent()).isEqualByComparingTo("80.0");
        assertThat(PledgeFold.withUnit(campaign, thads.coverage())).isSameAs(campaign);
    }

    @Test
    void aRegistrantWhoWithdrawsAndRegistersAgainKeepsItsNumberAndHistoryAndCountsOnce() {
        Unit again = htqtAllRegistered()
                .apply(new PledgeWithdrawn(CAMPAIGN, 2022, new RegistrantId("htqt-cb-2"), "Trần Thị B (minh họa)",
                                           "Chuyển công tác (minh họa)", ON.plusDays(3)))
                .apply(person(HTQT.unit(), "htqt-cb-2", "Trần Thị B (minh họa)"));

        assertThat(again.head().registrants()).isEqualTo(4);
        assertThat(again.head().activeIndividuals()).isEqualTo(3);
        assertThat(again.registrations().get(2).history()).extracting(UnitPledges.Change::kind)
                .containsExactly(UnitPledges.ChangeKind.REGISTERED, UnitPledges.ChangeKind.WITHDRAWN,
                                 UnitPledges.ChangeKind.REGISTERED);
    }
}
