package vn.thidua.ledger.app.imports;

import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Năm thi đua đọc từ sổ Excel (a past year as a valid workbook states it): the cluster and its members, the
 * campaign with its scoring table and registration window, and every pledge with the date on its form.
 */
public record ImportedYear(String clusterId, String clusterName, int year, String campaignName, LocalDate launchedOn,
                           LocalDate opensOn, LocalDate closesOn, List<Criterion> criteria, List<UnitRef> units,
                           List<PledgeLine> pledges, YearResults results) {

    public ImportedYear {
        criteria = List.copyOf(criteria);
        units = List.copyOf(units);
        pledges = List.copyOf(pledges);
    }

    /** Một dòng đăng ký: a pledge and the workbook row it came from (to name it if the ledger refuses it). */
    public record PledgeLine(int row, String unitId, String registrantId, String name, RegistrantKind kind,
                             Integer staffCount, List<Title> titles, LocalDate registeredOn) {

        public PledgeLine {
            titles = List.copyOf(titles);
        }
    }

    /** How many commands the import sends: form, launch, window, one per pledge, then the results'. */
    public int commands() {
        return 3 + pledges.size() + results.commands(units.size());
    }
}
