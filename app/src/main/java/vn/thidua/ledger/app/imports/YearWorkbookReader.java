package vn.thidua.ledger.app.imports;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.ledger.app.imports.ImportedYear.PledgeLine;
import vn.thidua.ledger.app.imports.ImportedYear.RecordLine;
import vn.thidua.ledger.app.imports.YearWorkbook.Layout;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kiểm tra sổ Excel (checks a workbook of a past year, every row, before anything is recorded): shape (sheets and
 * headers), types (numbers, dates {@code dd/MM/yyyy}, kinds, titles by their Vietnamese names), ids, references
 * (a pledge's unit is a member, a registrant appears once, a unit pledges for itself; records, by
 * {@link YearRecordsReader}) and the rules the ledger would
 * apply to the same facts (a title for the right holder, a date inside the registration window and the year, points
 * within range). It collects all problems rather than stopping at the first, so one round of corrections suffices.
 */
final class YearWorkbookReader {

    /** The ids' shape (IdRules in the contract): checked here to report a cell, not an exception. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_NAME = 300;

    /** What the workbook says, if it is valid, and every problem found. */
    record Result(ImportedYear year, List<WorkbookProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<WorkbookProblem> problems = new ArrayList<>();
    /** The cells whose formula gave no value ({@link #formulasAsValues}): nothing more is said of them. */
    private final Set<String> unreadable = new HashSet<>();

    static Result read(byte[] xlsx) {
        return new YearWorkbookReader().readAll(xlsx);
    }

    private Result readAll(byte[] xlsx) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<Layout, Sheet> sheets = sheets(book);
            if (!problems.isEmpty()) {
                return new Result(null, problems);
            }
            if (!formulasAsValues(book, sheets)) {
                return new Result(null, problems);
            }
            Map<String, String> campaign = campaign(sheets.get(YearWorkbook.CAMPAIGN));
            String clusterId = id(YearWorkbook.CAMPAIGN, rowOf(YearWorkbook.CLUSTER_ID), 1,
                                  campaign.get(YearWorkbook.CLUSTER_ID));
            String clusterName = name(YearWorkbook.CAMPAIGN, rowOf(YearWorkbook.CLUSTER_NAME), 1,
                                      campaign.get(YearWorkbook.CLUSTER_NAME));
            String campaignName = name(YearWorkbook.CAMPAIGN, rowOf(YearWorkbook.CAMPAIGN_NAME), 1,
                                       campaign.get(YearWorkbook.CAMPAIGN_NAME));
            Row yearRow = sheets.get(YearWorkbook.CAMPAIGN).getRow(rowOf(YearWorkbook.YEAR) - 1);
            Integer year = required(Cells.whole(yearRow, 1).filter(y -> y >= 1990 && y <= 2100), YearWorkbook.CAMPAIGN,
                                    rowOf(YearWorkbook.YEAR), 1, "a year such as 2021");
            campaignIdOf(clusterId, year);
            LocalDate opens = dateItem(sheets, YearWorkbook.OPENS_ON);
            LocalDate closes = dateItem(sheets, YearWorkbook.CLOSES_ON);
            if (opens != null && closes != null && (closes.isBefore(opens)
                                                    || (year != null && (opens.getYear() != year || closes.getYear() != year)))) {
                problem(YearWorkbook.CAMPAIGN, rowOf(YearWorkbook.CLOSES_ON), 1,
                        "the registration window must run forward within the year " + year);
            }
            LocalDate launched = dateItem(sheets, YearWorkbook.LAUNCHED_ON);
            if (launched != null && year != null && (launched.getYear() != year
                                                     || (opens != null && launched.isAfter(opens)))) {
                problem(YearWorkbook.CAMPAIGN, rowOf(YearWorkbook.LAUNCHED_ON), 1,
                        "the launch is a day of " + year + ", not after the registration window opens");
            }
            List<Criterion> criteria = criteria(sheets.get(YearWorkbook.CRITERIA));
            List<UnitRef> units = units(sheets.get(YearWorkbook.UNITS));
            List<PledgeLine> pledges = pledges(sheets.get(YearWorkbook.PLEDGES), units, opens, closes);
            List<RecordLine> records = new YearRecordsReader(this, year == null ? 0 : year, units, pledges)
                    .read(sheets.get(YearWorkbook.RECORDS));
            YearResults results = new YearResultsReader(this, year == null ? 0 : year, units, criteria, pledges)
                    .read(sheets);
            if (!problems.isEmpty()) {
                return new Result(null, problems);
            }
            return new Result(new ImportedYear(clusterId, clusterName, year, campaignName, launched, opens, closes,
                                               criteria, units, pledges, records, results), List.of());
        } catch (Exception notAWorkbook) {
            // POI throws several kinds for a file that is not xlsx (zip, OLE2, XML); to the user they are one thing.
            return new Result(null, List.of(new WorkbookProblem("", 0, "", "",
                    "not an Excel workbook (.xlsx): " + notAWorkbook.getClass().getSimpleName())));
        }
    }

    /** Every sheet present, with its headers in row 1 as the template has them. */
    private Map<Layout, Sheet> sheets(Workbook book) {
        Map<Layout, Sheet> found = new LinkedHashMap<>();
        for (Layout layout : YearWorkbook.SHEETS) {
            Sheet sheet = book.getSheet(layout.name());
            if (sheet == null && YearWorkbook.OPTIONAL.contains(layout)) {
                continue;
            }
            if (sheet == null) {
                sheetProblem(layout, "sheet missing: use the template");
                continue;
            }
            for (int i = 0; i < layout.headers().size(); i++) {
                if (!Cells.text(sheet.getRow(0), i).equals(layout.headers().get(i))) {
                    problems.add(new WorkbookProblem(layout.name(), 1, Layout.letter(i), layout.headers().get(i),
                            "header must be '" + layout.headers().get(i) + "' (use the template)"));
                }
            }
            found.put(layout, sheet);
        }
        return found;
    }

    /**
     * Every formula replaced by its value ({@link WorkbookFormulas}); a cell without one is reported once, here.
     * Returns false if the formulas took too long to compute: the rest of the workbook is then not read, as its cells
     * still hold formulas.
     */
    private boolean formulasAsValues(Workbook book, Map<Layout, Sheet> sheets) {
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        for (WorkbookFormulas.Unreadable failed : WorkbookFormulas.replaceByValues(evaluator, sheets,
                                                                                   WorkbookFormulas.BUDGET)) {
            if (failed.cell() == null) {
                sheetProblem(failed.layout(), failed.message());
                return false;
            }
            int row = failed.cell().getRowIndex() + 1;
            int column = failed.cell().getColumnIndex();
            problem(failed.layout(), row, column, failed.message());
            unreadable.add(cellKey(failed.layout(), row, column));
        }
        return true;
    }

    private static String cellKey(Layout layout, int row, int column) {
        return layout.name() + "!" + Layout.letter(column) + row;
    }

    private static int rowOf(String item) {
        return YearWorkbook.CAMPAIGN_ITEMS.indexOf(item) + 2;
    }

    private Map<String, String> campaign(Sheet sheet) {
        Map<String, String> items = new HashMap<>();
        for (String item : YearWorkbook.CAMPAIGN_ITEMS) {
            Row row = sheet.getRow(rowOf(item) - 1);
            if (!Cells.text(row, 0).equals(item)) {
                problem(YearWorkbook.CAMPAIGN, rowOf(item), 0, "must be '" + item + "' (use the template)");
            }
            items.put(item, Cells.text(row, 1));
        }
        return items;
    }

    private LocalDate dateItem(Map<Layout, Sheet> sheets, String item) {
        Row row = sheets.get(YearWorkbook.CAMPAIGN).getRow(rowOf(item) - 1);
        return required(Cells.date(row, 1), YearWorkbook.CAMPAIGN, rowOf(item), 1, "a date dd/MM/yyyy");
    }

    private List<Criterion> criteria(Sheet sheet) {
        Layout layout = YearWorkbook.CRITERIA;
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String id = id(layout, n, 0, Cells.text(row, 0));
            if (id != null && !ids.add(id)) {
                problem(layout, n, 0, "criterion " + id + " appears twice");
            }
            String name = name(layout, n, 1, Cells.text(row, 1));
            CriterionKind kind = criterionKind(Cells.text(row, 2));
            if (kind == null) {
                problem(layout, n, 2, "one of: " + YearWorkbook.SCORED + ", " + YearWorkbook.BONUS + ", "
                                      + YearWorkbook.PENALTY);
            }
            BigDecimal max = required(Cells.decimal(row, 3).filter(p -> p.signum() > 0 && p.scale() <= 2),
                                      layout, n, 3, "a positive number of points (at most 2 decimals)");
            if (id != null && name != null && kind != null && max != null) {
                criteria.add(new Criterion(new CriterionId(id), name, kind, max));
            }
        }
        if (criteria.isEmpty() && problems.isEmpty()) {
            problems.add(new WorkbookProblem(layout.name(), 2, "", "", "the scoring table needs at least one criterion"));
        }
        return criteria;
    }

    private List<UnitRef> units(Sheet sheet) {
        Layout layout = YearWorkbook.UNITS;
        List<UnitRef> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String id = id(layout, n, 0, Cells.text(row, 0));
            String name = name(layout, n, 1, Cells.text(row, 1));
            if (id != null && !ids.add(id)) {
                problem(layout, n, 0, "unit " + id + " appears twice");
            } else if (id != null && name != null) {
                units.add(new UnitRef(new UnitId(id), name));
            }
        }
        if (units.isEmpty() && problems.isEmpty()) {
            problems.add(new WorkbookProblem(layout.name(), 2, "", "", "a cluster needs at least one member unit"));
        }
        return units;
    }

    private List<PledgeLine> pledges(Sheet sheet, List<UnitRef> units, LocalDate opens, LocalDate closes) {
        Layout layout = YearWorkbook.PLEDGES;
        Set<String> unitIds = new HashSet<>();
        units.forEach(u -> unitIds.add(u.id().value()));
        Set<String> registrants = new HashSet<>();
        List<PledgeLine> pledges = new ArrayList<>();
        for (Row row : rows(sheet, layout)) {
            int n = row.getRowNum() + 1;
            String unitId = id(layout, n, 0, Cells.text(row, 0));
            if (unitId != null && !unitIds.contains(unitId)) {
                problem(layout, n, 0, "unit " + unitId + " is not on the sheet " + YearWorkbook.UNITS.name());
            }
            String registrantId = id(layout, n, 1, Cells.text(row, 1));
            if (registrantId != null && !registrants.add(registrantId)) {
                problem(layout, n, 1, "registrant " + registrantId + " registers twice");
            }
            String name = name(layout, n, 2, Cells.text(row, 2));
            RegistrantKind kind = registrantKind(Cells.text(row, 3));
            if (kind == null) {
                problem(layout, n, 3, "one of: " + YearWorkbook.UNIT_KIND + ", " + YearWorkbook.INDIVIDUAL_KIND);
            }
            Integer staff = staff(row, n, kind);
            if (kind == RegistrantKind.UNIT && registrantId != null && !registrantId.equals(unitId)) {
                problem(layout, n, 1, "a unit registers under its own id (" + unitId + ")");
            }
            if (kind == RegistrantKind.INDIVIDUAL && registrantId != null && unitIds.contains(registrantId)) {
                problem(layout, n, 1, registrantId + " is a unit's id; an individual needs an id of their own");
            }
            List<Title> titles = titles(row, n, kind);
            LocalDate on = required(Cells.date(row, 6), layout, n, 6, "a date dd/MM/yyyy");
            if (on != null && opens != null && closes != null && (on.isBefore(opens) || on.isAfter(closes))) {
                problem(layout, n, 6, "outside the registration window " + YearWorkbook.OPENS_ON.toLowerCase() + " "
                                      + opens + " – " + closes);
            }
            if (unitId != null && registrantId != null && name != null && kind != null && titles != null && on != null) {
                pledges.add(new PledgeLine(n, unitId, registrantId, name, kind, staff, titles, on));
            }
        }
        return pledges;
    }

    private Integer staff(Row row, int n, RegistrantKind kind) {
        Layout layout = YearWorkbook.PLEDGES;
        if (kind == RegistrantKind.UNIT) {
            return required(Cells.whole(row, 4).filter(s -> s >= 0 && s <= 1_000_000), layout, n, 4,
                            "the unit's headcount, a whole number");
        }
        if (!Cells.text(row, 4).isEmpty()) {
            problem(layout, n, 4, "only a unit's own pledge gives a headcount");
        }
        return null;
    }

    /** Titles by their Vietnamese names, each for the right holder (a collective title for a unit, R1's premise). */
    private List<Title> titles(Row row, int n, RegistrantKind kind) {
        Layout layout = YearWorkbook.PLEDGES;
        List<Title> titles = new ArrayList<>();
        for (String text : Cells.text(row, 5).split(YearWorkbook.TITLE_SEPARATOR)) {
            if (text.isBlank()) {
                continue;
            }
            Optional<Title> title = title(text);
            if (title.isEmpty()) {
                problem(layout, n, 5, "unknown title '" + text.strip() + "'");
                return null;
            }
            Title.Holder holder = kind == RegistrantKind.UNIT ? Title.Holder.COLLECTIVE : Title.Holder.INDIVIDUAL;
            if (kind != null && title.get().holder() != holder) {
                problem(layout, n, 5, title.get().vietnameseName() + " is not a title for " + Cells.text(row, 3));
                return null;
            }
            titles.add(title.get());
        }
        if (titles.isEmpty()) {
            problem(layout, n, 5, "at least one title");
            return null;
        }
        return titles;
    }

    /** A title by its Vietnamese name, as written in the workbook. */
    static Optional<Title> title(String text) {
        return Arrays.stream(Title.values()).filter(t -> t.vietnameseName().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** The data rows of a sheet (row 2 on), blank rows skipped. */
    static List<Row> rows(Sheet sheet, Layout layout) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && !Cells.blank(row, layout.headers().size())) {
                rows.add(row);
            }
        }
        return rows;
    }

    String id(Layout layout, int row, int column, String value) {
        if (value == null || !ID.matcher(value).matches() || value.chars().allMatch(c -> c == '.')) {
            problem(layout, row, column, "an id of 1–64 letters, digits, '.', '_' or '-'");
            return null;
        }
        return value;
    }

    /** The campaign's id is {@code <cluster>-<year>}: a cluster id near the id's length leaves it no room. */
    private void campaignIdOf(String clusterId, Integer year) {
        if (clusterId == null || year == null) {
            return;
        }
        try {
            CampaignId.of(new ClusterId(clusterId), year);
        } catch (IllegalArgumentException tooLong) {
            problem(YearWorkbook.CAMPAIGN, rowOf(YearWorkbook.CLUSTER_ID), 1,
                    "a cluster id short enough for its campaign's id " + clusterId + "-" + year + " (at most 64)");
        }
    }

    String name(Layout layout, int row, int column, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME) {
            problem(layout, row, column, "a name of 1–" + MAX_NAME + " characters");
            return null;
        }
        return value;
    }

    <T> T required(Optional<T> value, Layout layout, int row, int column, String expected) {
        if (value.isEmpty()) {
            problem(layout, row, column, "expected " + expected);
            return null;
        }
        return value.get();
    }

    /** What no row holds (e.g. a score that was never entered): the sheet's problem, row 0. */
    void sheetProblem(Layout layout, String message) {
        rowProblem(layout, 0, message);
    }

    /** A problem of a row as a whole, not of one cell. */
    void rowProblem(Layout layout, int row, String message) {
        problems.add(new WorkbookProblem(layout.name(), row, "", "", message));
    }

    void problem(Layout layout, int row, int column, String message) {
        if (unreadable.contains(cellKey(layout, row, column))) {
            return; // its formula gave no value, which is the problem reported
        }
        String header = layout == YearWorkbook.CAMPAIGN && row >= 2 && row - 2 < YearWorkbook.CAMPAIGN_ITEMS.size()
                ? YearWorkbook.CAMPAIGN_ITEMS.get(row - 2) : layout.headers().get(column);
        problems.add(new WorkbookProblem(layout.name(), row, Layout.letter(column), header, message));
    }

    private static CriterionKind criterionKind(String text) {
        return switch (text) {
            case YearWorkbook.SCORED -> CriterionKind.SCORED;
            case YearWorkbook.BONUS -> CriterionKind.BONUS;
            case YearWorkbook.PENALTY -> CriterionKind.PENALTY;
            default -> null;
        };
    }

    private static RegistrantKind registrantKind(String text) {
        return switch (text) {
            case YearWorkbook.UNIT_KIND -> RegistrantKind.UNIT;
            case YearWorkbook.INDIVIDUAL_KIND -> RegistrantKind.INDIVIDUAL;
            default -> null;
        };
    }
}
