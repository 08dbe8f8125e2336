package vn.thidua.ledger.app.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.thidua.ledger.app.imports.ImportedYear.PledgeLine;
import vn.thidua.ledger.app.imports.ImportedYear.RecordLine;
import vn.thidua.ledger.app.imports.YearWorkbook.Layout;
import vn.thidua.ledger.command.record.GradeTaskCompletion;
import vn.thidua.ledger.command.record.RecogniseInitiative;
import vn.thidua.ledger.command.record.RecordCommand;
import vn.thidua.ledger.command.record.RecordDiscipline;
import vn.thidua.ledger.command.record.RecordStaffCount;
import vn.thidua.ledger.command.record.RecordTitle;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.TaskCompletionGrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kiểm tra sheet Hồ sơ (checks the emulation records of a workbook, row by row, as {@link YearWorkbookReader} checks
 * the rest): a holder on the sheets Đơn vị or Đăng ký, a year not after the imported one, a known fact with only its
 * own columns filled, levels, grades and titles by their Vietnamese names (a collective title for a unit), staff
 * counts only for a unit and adding up as the record requires, a title or the counts or the grade given once per
 * holder and year (the record would refuse a title twice; a second count or grade would silently replace the first).
 * Each valid row becomes the command the API's record endpoint sends.
 */
final class YearRecordsReader {

    private static final int CONTENT = 3;
    private static final int LEVEL = 4;
    private static final int DECISION = 5;
    private static final int STAFF = 6;
    private static final int MEMBER_DISCIPLINE = 10;
    /** The columns each fact fills; every other one from D on stays empty. */
    private static final Map<String, Set<Integer>> COLUMNS = Map.of(
            YearWorkbook.STAFF_FACT, Set.of(STAFF, STAFF + 1, STAFF + 2, STAFF + 3, MEMBER_DISCIPLINE),
            YearWorkbook.DISCIPLINE_FACT, Set.of(CONTENT, DECISION),
            YearWorkbook.INITIATIVE_FACT, Set.of(CONTENT, LEVEL),
            YearWorkbook.GRADE_FACT, Set.of(CONTENT),
            YearWorkbook.TITLE_FACT, Set.of(CONTENT, DECISION));

    private final YearWorkbookReader checks;
    private final int year;
    /** Each holder the workbook knows, and whether it is a unit (Đơn vị) or an individual (Đăng ký). */
    private final Map<String, RegistrantKind> holders;

    YearRecordsReader(YearWorkbookReader checks, int year, List<UnitRef> units, List<PledgeLine> pledges) {
        this.checks = checks;
        this.year = year;
        this.holders = new HashMap<>(pledges.stream().collect(Collectors.toMap(PledgeLine::registrantId,
                PledgeLine::kind, (first, second) -> first)));
        units.forEach(unit -> holders.put(unit.id().value(), RegistrantKind.UNIT));
    }

    /** The sheet's facts in its order; none if the workbook has no such sheet (it is optional). */
    List<RecordLine> read(Sheet sheet) {
        List<RecordLine> records = new ArrayList<>();
        if (sheet == null) {
            return records;
        }
        Layout layout = YearWorkbook.RECORDS;
        Set<String> once = new HashSet<>();
        for (Row row : YearWorkbookReader.rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String holder = holder(n, Cells.text(row, 0));
            Integer recordYear = checks.required(Cells.whole(row, 1).filter(y -> y >= 1990 && y <= year), layout, n,
                    1, "a year no later than " + year);
            String fact = Cells.text(row, 2);
            if (!COLUMNS.containsKey(fact)) {
                checks.problem(layout, n, 2, "one of: " + String.join(", ", YearWorkbook.STAFF_FACT,
                        YearWorkbook.DISCIPLINE_FACT, YearWorkbook.INITIATIVE_FACT, YearWorkbook.GRADE_FACT,
                        YearWorkbook.TITLE_FACT));
                continue;
            }
            onlyItsColumns(row, n, fact);
            // The fact's cells are checked even when the holder or year is wrong, so that every problem shows at once.
            RecordCommand command = fact(row, n, fact, holder == null ? null : new RegistrantId(holder), recordYear);
            if (command != null && onceOnly(command) && !once.add(key(command))) {
                checks.rowProblem(layout, n, fact + " of " + holder + " for " + recordYear + " is given twice");
            } else if (command != null) {
                records.add(new RecordLine(n, command));
            }
        }
        return records;
    }

    private String holder(int n, String text) {
        String holder = checks.id(YearWorkbook.RECORDS, n, 0, text);
        if (holder != null && !holders.containsKey(holder)) {
            checks.problem(YearWorkbook.RECORDS, n, 0, holder + " is on neither the sheet " + YearWorkbook.UNITS.name()
                    + " nor the sheet " + YearWorkbook.PLEDGES.name());
            return null;
        }
        return holder;
    }

    private void onlyItsColumns(Row row, int n, String fact) {
        for (int column = CONTENT; column <= MEMBER_DISCIPLINE; column++) {
            if (!COLUMNS.get(fact).contains(column) && !Cells.text(row, column).isEmpty()) {
                checks.problem(YearWorkbook.RECORDS, n, column, "leave it empty for " + fact);
            }
        }
    }

    /** The row's command; null if a cell of it (or the holder or year, null here) is wrong. */
    private RecordCommand fact(Row row, int n, String fact, RegistrantId holder, Integer recordYear) {
        Layout layout = YearWorkbook.RECORDS;
        return switch (fact) {
            case YearWorkbook.STAFF_FACT -> staff(row, n, holder, recordYear);
            case YearWorkbook.DISCIPLINE_FACT -> {
                DisciplineLevel level = named(row, n, CONTENT, DisciplineLevel.values(), DisciplineLevel::vietnameseName);
                String decision = checks.name(layout, n, DECISION, Cells.text(row, DECISION));
                yield complete(holder, recordYear, level, decision)
                        ? new RecordDiscipline(holder, recordYear, level, decision) : null;
            }
            case YearWorkbook.INITIATIVE_FACT -> {
                String initiative = checks.name(layout, n, CONTENT, Cells.text(row, CONTENT));
                RecognitionLevel level = named(row, n, LEVEL, RecognitionLevel.values(), RecognitionLevel::vietnameseName);
                yield complete(holder, recordYear, initiative, level)
                        ? new RecogniseInitiative(holder, recordYear, initiative, level) : null;
            }
            case YearWorkbook.GRADE_FACT -> {
                TaskCompletionGrade grade = named(row, n, CONTENT, TaskCompletionGrade.values(),
                        TaskCompletionGrade::vietnameseName);
                yield complete(holder, recordYear, grade) ? new GradeTaskCompletion(holder, recordYear, grade) : null;
            }
            default -> title(row, n, holder, recordYear);
        };
    }

    private static boolean complete(Object... parts) {
        return Arrays.stream(parts).allMatch(Objects::nonNull);
    }

    /** A unit's counts, adding up as the record requires (a Chiến sĩ thi đua cơ sở is first a Lao động tiên tiến). */
    private RecordCommand staff(Row row, int n, RegistrantId holder, Integer recordYear) {
        Layout layout = YearWorkbook.RECORDS;
        boolean unit = holder != null && holders.get(holder.value()) == RegistrantKind.UNIT;
        if (holder != null && !unit) {
            checks.problem(layout, n, 0, "staff counts are a unit's: " + holder + " is not on the sheet "
                    + YearWorkbook.UNITS.name());
        }
        Integer staff = checks.required(Cells.whole(row, STAFF).filter(s -> s > 0 && s <= 1_000_000), layout, n,
                STAFF, "the number of staff, a whole number above 0");
        List<Integer> counts = new ArrayList<>();
        for (int column = STAFF + 1; column <= STAFF + 3; column++) {
            counts.add(checks.required(Cells.whole(row, column).filter(c -> c >= 0 && (staff == null || c <= staff)),
                    layout, n, column, "a whole number from 0 to the number of staff"));
        }
        DisciplineLevel heaviest = Cells.text(row, MEMBER_DISCIPLINE).isEmpty() ? null
                : named(row, n, MEMBER_DISCIPLINE, DisciplineLevel.values(), DisciplineLevel::vietnameseName);
        if (staff == null || counts.contains(null) || (heaviest == null
                && !Cells.text(row, MEMBER_DISCIPLINE).isEmpty())) {
            return null;
        }
        if (counts.get(1) > counts.get(0)) {
            checks.problem(layout, n, STAFF + 2, "more Chiến sĩ thi đua cơ sở than Lao động tiên tiến");
            return null;
        }
        return !unit || recordYear == null ? null : new RecordStaffCount(holder, recordYear, staff, counts.get(0), counts.get(1), counts.get(2), heaviest);
    }

    private RecordCommand title(Row row, int n, RegistrantId holder, Integer recordYear) {
        Layout layout = YearWorkbook.RECORDS;
        Title title = named(row, n, CONTENT, Title.values(), Title::vietnameseName);
        String decision = checks.name(layout, n, DECISION, Cells.text(row, DECISION));
        if (title == null || holder == null) {
            return null;
        }
        Title.Holder kind = holders.get(holder.value()) == RegistrantKind.UNIT ? Title.Holder.COLLECTIVE
                : Title.Holder.INDIVIDUAL;
        if (title.holder() != kind) {
            checks.problem(layout, n, CONTENT, title.vietnameseName() + " is not a title for " + holder);
            return null;
        }
        return complete(recordYear, decision) ? new RecordTitle(holder, recordYear, title, decision) : null;
    }

    /** A value written by its Vietnamese name, as the API's enums carry it. */
    private <E> E named(Row row, int n, int column, E[] values, Function<E, String> name) {
        String text = Cells.text(row, column);
        Optional<E> value = Arrays.stream(values).filter(v -> name.apply(v).equalsIgnoreCase(text)).findFirst();
        return checks.required(value, YearWorkbook.RECORDS, n, column, "one of: "
                + Arrays.stream(values).map(name).collect(Collectors.joining(", ")));
    }

    /** A title once per holder and year; the counts and the grade once too, since a second would replace the first. */
    private static boolean onceOnly(RecordCommand command) {
        return !(command instanceof RecordDiscipline) && !(command instanceof RecogniseInitiative);
    }

    private static String key(RecordCommand command) {
        String what = command instanceof RecordTitle title ? title.title().name() : command.getClass().getSimpleName();
        return command.recordId().value() + "/" + what;
    }
}
