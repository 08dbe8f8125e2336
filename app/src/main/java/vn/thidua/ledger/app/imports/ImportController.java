package vn.thidua.ledger.app.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.ledger.app.security.CurrentActor;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.app.web.ProblemResponseWriter;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Nhập một năm đã qua từ sổ Excel (import a past year from a workbook), secretariat only: the template, the upload
 * (checked whole first: a workbook with any problem records nothing, and every problem comes back by sheet, row and
 * column) and the progress of a running import. docs/excel-word.md.
 */
@RestController
@Tag(name = "Imports")
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PROBLEM = "application/problem+json";
    private static final String INVALID_EXAMPLE = """
            {"type":"about:blank","title":"Bad Request","status":400,"code":"WORKBOOK_INVALID",
             "detail":"2 problem(s) in the workbook; nothing was recorded","instance":"/api/imports",
             "errors":[{"sheet":"Đăng ký","row":7,"column":"G","header":"Ngày đăng ký","message":"expected a date dd/MM/yyyy"},
                       {"sheet":"Đăng ký","row":9,"column":"A","header":"Mã đơn vị",
                        "message":"unit vu-x is not on the sheet Đơn vị"}]}""";
    private static final String JOB_EXAMPLE = """
            {"importId":"6f1c…","fileName":"cum-iv-2021-minh-hoa.xlsx","sha256":"9a0b…","principal":"thu-ky",
             "status":"RUNNING","total":25,"done":12,"startedAt":"2026-01-05T02:00:00Z","finishedAt":null,"failure":null}""";

    private final YearImporter importer;
    private final ImportJobs jobs;
    private final CurrentActor actor;

    ImportController(YearImporter importer, ImportJobs jobs, CurrentActor actor) {
        this.importer = importer;
        this.jobs = jobs;
        this.actor = actor;
    }

    @GetMapping("/api/imports/template.xlsx")
    @Operation(summary = "The workbook template of a past year (mẫu sổ Excel)",
               description = "Sheets Phong trào, Tiêu chí, Đơn vị, Đăng ký, Điểm, Bình xét, Phiếu bầu, Quyết định with "
                       + "their header rows. Secretariat.")
    @ApiResponse(responseCode = "200", description = "The template, as an attachment mau-nhap-nam-thi-dua.xlsx",
                 content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment().filename("mau-nhap-nam-thi-dua.xlsx")
                                                                 .build().toString())
                .body(new YearWorkbookTemplate().bytes());
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a past year from a filled workbook (nhập sổ Excel)",
               description = "Every row is checked first (sheets, headers, types, dates dd/MM/yyyy, ids, references, "
                       + "titles for the right holder, dates inside the registration window, scores within range, "
                       + "candidates who pledged the title, one vote per unit, the year over and the cluster, rounds "
                       + "and decisions not yet in the ledger), then every command is rehearsed on in-memory copies "
                       + "of the aggregates; any problem answers 400 WORKBOOK_INVALID listing them by sheet, row and "
                       + "column (row 0: the sheet as a whole, e.g. a missing score; with the ledger's code for a row "
                       + "the rehearsal found refused), and nothing is recorded. Formulas are read as their values; "
                       + "one without a value (an error, an array formula, one the import cannot compute) is a problem "
                       + "of its cell. "
                       + "A valid workbook answers 202; its facts are then sent as the API's commands, "
                       + "dated from the workbook, each with principal = the uploader, reason 'Nhập từ sổ Excel "
                       + "<file>', sourceFile and sourceSha256 in the metadata. Follow Location for progress. At most "
                       + "thidua.web.max-import-body (4 MB), else 413. Secretariat.")
    @ApiResponse(responseCode = "202", description = "Checked and started; Location: /api/imports/{importId}",
                 content = @Content(examples = @ExampleObject(value = JOB_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "WORKBOOK_INVALID (errors by sheet, row, column), MALFORMED_REQUEST",
                 content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = INVALID_EXAMPLE)))
    ResponseEntity<ImportJob> upload(
            @Parameter(description = "The filled workbook (.xlsx)") @RequestPart("file") MultipartFile file)
            throws IOException {
        byte[] bytes = file.getBytes();
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "so-excel.xlsx" : file.getOriginalFilename();
        YearWorkbookReader.Result read = YearWorkbookReader.read(bytes);
        if (!read.valid()) {
            throw new WorkbookInvalidException(read.problems());
        }
        String sha256 = sha256(bytes);
        List<WorkbookProblem> refused = importer.problemsWith(read.year(), fileName, sha256, actor.require());
        if (!refused.isEmpty()) {
            throw new WorkbookInvalidException(refused);
        }
        ImportJob job = importer.start(read.year(), fileName, sha256, actor.require());
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.importId())).body(job);
    }

    @GetMapping("/api/imports/{importId}")
    @Operation(summary = "Progress of an import (tiến độ nhập)",
               description = "Status RUNNING, DONE or FAILED (with the sheet and row the ledger refused and its code), "
                       + "commands done of total. Readable from any node: kept in the collection imports (written every 200 "
                       + "commands and at the end). Secretariat.")
    @ApiResponse(responseCode = "200", description = "The import", content = @Content(examples = @ExampleObject(value = JOB_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such import (NOT_FOUND)",
                 content = @Content(mediaType = PROBLEM))
    ResponseEntity<ImportJob> progress(@Parameter(example = "6f1c2a9e-0d4b-4c1e-9b1a-2f3e4d5c6b7a") @PathVariable String importId) {
        return ResponseEntity.ok(jobs.find(importId)
                .orElseThrow(() -> new ViewNotFoundException("No import " + importId)));
    }

    @ExceptionHandler(WorkbookInvalidException.class)
    ResponseEntity<ProblemDetail> invalid(WorkbookInvalidException e) {
        ProblemDetail problem = ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.WORKBOOK_INVALID, e.getMessage());
        problem.setProperty("errors", new ArrayList<>(e.problems()));
        return ResponseEntity.badRequest().contentType(MediaType.parseMediaType(PROBLEM)).body(problem);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
