package vn.thidua.ledger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.command.nomination.RsaRoundKeyGenerator;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.Role;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/**
 * The rehearsal sends the register as the import will, in transcriptions of many pledges, and still names the one row
 * the ledger would refuse. The year is built here, not read from a workbook, so that it can hold a row the workbook's
 * reader would have caught before the rehearsal.
 */
class RehearsalTest {

    private static final LocalDate FORM_DATE = LocalDate.of(2021, 3, 1);
    private static final UnitRef UNIT = new UnitRef(new UnitId("vu-minh-hoa"), "Vụ Minh họa");
    private static final Map<String, Object> SECRETARIAT = Map.of(MetaDataKeys.PRINCIPAL, "thu-ky",
                                                                  MetaDataKeys.ROLES, List.of(Role.SECRETARIAT.name()));

    /** A year of pledges only: no round or decision, so no record is read. */
    private static final RecordFacts NO_RECORDS = new RecordFacts(new AggregateReader<>(() -> {
        throw new IllegalStateException("a register alone reads no emulation record");
    }));

    private final Rehearsal rehearsal = new Rehearsal(Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC),
                                                      VersionedRuleSetCatalog.fromClasspath(), new RsaRoundKeyGenerator(2048),
                                                      NO_RECORDS);

    private static ImportedYear yearWith(List<ImportedYear.PledgeLine> pledges) {
        return new ImportedYear("cum-dien-tap", "Cụm diễn tập (minh họa)", 2021, "Phong trào 2021 (minh họa)",
                                LocalDate.of(2021, 2, 10), LocalDate.of(2021, 2, 15), LocalDate.of(2021, 3, 31),
                                List.of(new Criterion(new CriterionId("tc-1"), "Nhiệm vụ (minh họa)", CriterionKind.SCORED,
                                                      BigDecimal.valueOf(100))),
                                List.of(UNIT), pledges, List.of(), new YearResults(List.of(), List.of(), List.of()));
    }

    private static List<ImportedYear.PledgeLine> individuals(int count) {
        List<ImportedYear.PledgeLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new ImportedYear.PledgeLine(i + 2, UNIT.id().value(), "cc-" + i, "Cá nhân " + i + " (minh họa)",
                                                  RegistrantKind.INDIVIDUAL, null, List.of(Title.ADVANCED_WORKER),
                                                  FORM_DATE));
        }
        return lines;
    }

    @Test
    void aRegisterLongerThanOneTranscriptionIsRehearsedWhole() {
        assertThat(rehearsal.of(yearWith(individuals(YearCommands.PLEDGES_PER_COMMAND + 7)), SECRETARIAT)).isEmpty();
    }

    @Test
    void theRefusedPledgeOfATranscriptionIsNamedByItsOwnRow() {
        List<ImportedYear.PledgeLine> pledges = individuals(YearCommands.PLEDGES_PER_COMMAND + 7);
        int refused = YearCommands.PLEDGES_PER_COMMAND + 3;
        ImportedYear.PledgeLine line = pledges.get(refused);
        // A collective title pledged by an individual: the workbook reader refuses it too; the aggregate has the last word.
        pledges.set(refused, new ImportedYear.PledgeLine(line.row(), line.unitId(), line.registrantId(), line.name(),
                                                         RegistrantKind.INDIVIDUAL, null,
                                                         List.of(Title.EXCELLENT_COLLECTIVE), FORM_DATE));

        assertThat(rehearsal.of(yearWith(pledges), SECRETARIAT)).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo(YearWorkbook.PLEDGES.name());
            assertThat(problem.row()).isEqualTo(line.row());
            assertThat(problem.code()).isEqualTo("TITLE_NOT_FOR_REGISTRANT");
        });
    }
}
