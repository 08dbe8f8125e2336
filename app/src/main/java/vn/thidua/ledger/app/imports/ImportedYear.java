package vn.thidua.ledger.app.imports;

import vn.thidua.ledger.command.record.RecordCommand;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Năm thi đua đọc từ sổ Excel (a past year as a valid workbook states it): the cluster and its members, the
 * campaign with its scoring table and registration window, every pledge with the date on its form, the facts of
 * the emulation records, and the year's results.
 */
public record ImportedYear(String clusterId, String clusterName, int year, String campaignName, LocalDate launchedOn,
                           LocalDate opensOn, LocalDate closesOn, List<Criterion> criteria, List<UnitRef> units,
                           List<PledgeLine> pledges, List<RecordLine> records, YearResults results) {

    public ImportedYear {
        criteria = List.copyOf(criteria);
        units = List.copyOf(units);
        pledges = List.copyOf(pledges);
        records = List.copyOf(records);
    }

    /** Một dòng đăng ký: a pledge and the workbook row it came from (to name it if the ledger refuses it). */
    public record PledgeLine(int row, String unitId, String registrantId, String name, RegistrantKind kind,
                             Integer staffCount, List<Title> titles, LocalDate registeredOn) {

        public PledgeLine {
            titles = List.copyOf(titles);
        }
    }

    /**
     * Một dòng hồ sơ thi đua: one fact of a record, already the command the API's record endpoints send (it needs
     * nothing from the ledger), and the workbook row it came from.
     */
    public record RecordLine(int row, RecordCommand command) {
    }

    /** How many facts the import records: form, launch, window, one per pledge, one per record fact, the results'. */
    public int commands() {
        return 3 + pledges.size() + records.size() + results.commands(units.size());
    }
}
