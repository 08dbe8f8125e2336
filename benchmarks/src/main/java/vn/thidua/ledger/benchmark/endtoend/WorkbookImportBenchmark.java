package vn.thidua.ledger.benchmark.endtoend;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nhập sổ Excel 10.000 dòng (issue 11, item 1; docs/benchmarks.md, "Workbook import"): the packaged ledger on its
 * embedded store, a past year's workbook of {@code rows} data rows filled into the template the ledger itself serves
 * (so the benchmark never restates the layout), uploaded once over HTTP; it prints how long the check (reading,
 * ledger conflicts, the rehearsal) and the recording took, rows/s and commands/s. A program that prints figures, not
 * a test. Options: {@code jar=}, {@code rows=10000}, {@code units=24}, {@code heap=3g} (runs before 2026-12-02 used
 * 1g), {@code keep-data=false}, {@code ledger-jvm=<JVM options of the ledger>}.
 */
public final class WorkbookImportBenchmark {

    private static final int YEAR = 2025;
    private static final Pattern FIELD = Pattern.compile("\"(status|total|done|importId)\":\"?([^\",}]*)");

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString(
            (BenchmarkUsers.SECRETARIAT + ":" + BenchmarkUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private WorkbookImportBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (word.contains("=")) {
                    options.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
                }
            }
        }
        new WorkbookImportBenchmark(options).run();
    }

    /** e.g. {@code ledger-jvm=-XX:StartFlightRecording=filename=import.jfr,settings=profile}, as for EndToEndBenchmark. */
    private List<String> jvmOptions() {
        String given = options.getOrDefault("ledger-jvm", "");
        return given.isBlank() ? List.of() : List.of(given.split(",(?=-)"));
    }

    private void run() throws Exception {
        int rows = Integer.parseInt(options.getOrDefault("rows", "10000"));
        List<String> units = new ArrayList<>();
        for (int u = 1; u <= Integer.parseInt(options.getOrDefault("units", "24")); u++) {
            units.add(String.format("bm-nhap-dv-%02d", u));
        }
        Path data = Files.createTempDirectory("thidua-import-bench");
        System.out.println("data dir " + data);
        try (LedgerProcess ledger = LedgerProcess.start(Path.of(options.getOrDefault("jar", "app/target/thidua-ledger.jar")),
                data, options.getOrDefault("heap", LedgerProcess.RECOMMENDED_HEAP), jvmOptions(),
                BenchmarkUsers.applicationArguments(units, List.of()))) {
            byte[] template = send(HttpRequest.newBuilder(ledger.baseUri().resolve("/api/imports/template.xlsx")).GET(),
                                   200).body();
            byte[] workbook = new YearFiller(template, units, rows).bytes();
            System.out.printf("workbook: %,d data rows, %,d bytes%n", rows, workbook.length);

            long start = System.nanoTime();
            HttpResponse<byte[]> accepted = send(upload(ledger.baseUri(), workbook), 202);
            double checked = seconds(start);
            Map<String, String> job = fields(accepted.body());
            System.out.printf("checked whole (read, conflicts, rehearsal) in %.1f s: %s commands%n", checked,
                              job.get("total"));
            URI progress = ledger.baseUri().resolve(accepted.headers().firstValue("Location").orElseThrow());
            while (true) {
                Map<String, String> now = fields(send(HttpRequest.newBuilder(progress).GET(), 200).body());
                if (!"RUNNING".equals(now.get("status"))) {
                    report(rows, Integer.parseInt(now.get("done")), now.get("status"), checked, seconds(start));
                    break;
                }
                Thread.sleep(500);
            }
        } finally {
            if (!Boolean.parseBoolean(options.getOrDefault("keep-data", "false"))) {
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void report(int rows, int commands, String status, double checked, double total) {
        System.out.printf("%s: %,d rows, %,d commands in %.1f s (check %.1f s + recording %.1f s)%n", status, rows,
                          commands, total, checked, total - checked);
        System.out.printf("rows/s %.1f   commands/s %.1f   (recording alone: %.1f commands/s)%n", rows / total,
                          commands / total, commands / (total - checked));
    }

    private HttpRequest.Builder upload(URI base, byte[] workbook) {
        String boundary = "bm" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"nam-" + YEAR + "-10000-dong.xlsx\"\r\nContent-Type: application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve("/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<byte[]> response = http.send(request.header("Authorization", basic)
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }

    private static Map<String, String> fields(byte[] json) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(new String(json, StandardCharsets.UTF_8));
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2));
        }
        return fields;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * The year written into the ledger's own template, sheet by sheet in the template's column order: three
     * criteria, the units, every unit scored, one flag round of the member units with every unit's vote and the
     * proposal citing it; the rest of the rows are pledges (each unit's own, then individuals spread over units).
     */
    private static final class YearFiller {

        // The template's sheets by name, as the ledger reads them: their order changes when a sheet is added.
        private static final String CAMPAIGN = "Phong trào";
        private static final String CRITERIA = "Tiêu chí";
        private static final String UNITS = "Đơn vị";
        private static final String PLEDGES = "Đăng ký";
        private static final String SCORES = "Điểm";
        private static final String ROUNDS = "Bình xét";
        private static final String BALLOTS = "Phiếu bầu";
        private static final String DECISIONS = "Quyết định";

        private final XSSFWorkbook book;

        YearFiller(byte[] template, List<String> units, int rows) throws Exception {
            book = new XSSFWorkbook(new ByteArrayInputStream(template));
            Sheet campaign = book.getSheet(CAMPAIGN);
            List<String> items = List.of("bm-nhap-cum", "Cụm nhập thử (benchmark)", String.valueOf(YEAR),
                                         "Phong trào năm " + YEAR + " (benchmark)", "15/02/" + YEAR, "31/03/" + YEAR,
                                         "10/02/" + YEAR);
            for (int i = 0; i < items.size(); i++) {
                campaign.getRow(i + 1).createCell(1).setCellValue(items.get(i));
            }
            int written = 0;
            written += add(CRITERIA, List.of("tc-1", "Nhiệm vụ chuyên môn", "Tiêu chí", "60"));
            written += add(CRITERIA, List.of("tc-2", "Công tác thi đua", "Tiêu chí", "30"));
            written += add(CRITERIA, List.of("thuong", "Sáng kiến", "Điểm thưởng", "10"));
            String flag = "Cờ thi đua ngành Tư pháp";
            List<String> candidates = units.subList(0, 2);
            for (String unit : units) {
                written += add(UNITS, List.of(unit, "Đơn vị " + unit));
                written += add(SCORES, List.of(unit, "tc-1", "50", "", ""));
                written += add(SCORES, List.of(unit, "tc-2", "25", "", ""));
                written += add(SCORES, List.of(unit, "thuong", "0", "", ""));
                List<String> approved = candidates.stream().filter(c -> !c.equals(unit)).toList();
                written += add(BALLOTS, List.of("bm-nhap-dot-co", unit, String.join(";", approved)));
            }
            written += add(ROUNDS, List.of("bm-nhap-dot-co", flag, String.join(";", candidates), "10/12/" + YEAR));
            written += add(DECISIONS, List.of("99/TTr-BM", "Tờ trình", "15/12/" + YEAR, "Trưởng cụm", "bm-nhap-dot-co",
                                      String.join(";", candidates)));
            for (String unit : units) {
                written += add(PLEDGES, List.of(unit, unit, "Đơn vị " + unit, "Tập thể", "500",
                        candidates.contains(unit) ? "Tập thể lao động xuất sắc;" + flag : "Tập thể lao động xuất sắc",
                        "01/03/" + YEAR));
            }
            for (int n = 0; written < rows; n++) {
                String unit = units.get(n % units.size());
                written += add(PLEDGES, List.of(unit, unit + "-cc-" + n, "Công chức " + n, "Cá nhân", "",
                                          "Lao động tiên tiến", String.format("%02d/03/%d", 1 + n % 28, YEAR)));
            }
        }

        private int add(String sheetName, List<String> values) {
            Sheet sheet = book.getSheet(sheetName);
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
            return 1;
        }

        byte[] bytes() throws Exception {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream(); book) {
                book.write(out);
                return out.toByteArray();
            }
        }
    }
}
