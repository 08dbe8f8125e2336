package vn.thidua.ledger.benchmark.endtoend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * One cluster's emulation year (DOMAIN.md, "The yearly cycle") as phases of HTTP commands, each sent by the role that
 * does it: the secretariat forms the cluster and launches the campaign; every unit's representative pledges the unit,
 * signs the covenant, registers its civil servants' individual pledges and revises its self-assessment through the
 * year; pledges are amended and withdrawn; the secretariat appraises, finalises and publishes the ranking; the member
 * units vote openly on the sector flag, the council secretly on the grassroots emulation fighters; decisions follow
 * and the year is closed. Individual pledges make up the bulk, sized so that the year writes about
 * {@code targetEvents} events. Every id carries the cluster's id, so several years live side by side in one store and
 * a stored year can be copied by renaming that id (see {@link StoreMultiplier}).
 */
final class EmulationYearWorkload {

    /**
     * A group of commands sent by the clients in any order; the next phase starts when all are done.
     *
     * @param oneClient sent by one client alone, each command after the previous one's answer: the latency of a
     *                  command with no other client sending (the "commands, 1 client")
     */
    record Phase(String name, List<Task> tasks, boolean skippableAfterDeadline, boolean oneClient) {

        Phase(String name, List<Task> tasks, boolean skippableAfterDeadline) {
            this(name, tasks, skippableAfterDeadline, false);
        }
    }

    @FunctionalInterface
    interface Task {
        void run(LedgerClient client) throws Exception;
    }

    private static final String[][] CRITERIA = {
            {"tc-1", "Thực hiện nhiệm vụ chuyên môn được giao", "SCORED", "60"},
            {"tc-2", "Tổ chức phong trào thi đua và công tác khen thưởng", "SCORED", "30"},
            {"tc-3", "Xây dựng tổ chức Đảng, đoàn thể vững mạnh", "SCORED", "10"},
            {"thuong", "Điểm thưởng: sáng kiến, mô hình mới", "BONUS", "5"},
            {"tru", "Điểm trừ: chậm, thiếu báo cáo", "PENALTY", "5"}};
    private static final int SELF_ASSESSMENT_REVISIONS = 4;
    private static final int FLAG_CANDIDATES = 6;
    /** Events besides the individual pledges and their amendments and withdrawals, per unit and for the year. */
    private static final int EVENTS_PER_UNIT = 2 + SELF_ASSESSMENT_REVISIONS * 4 + 1 + 1 + 1;
    private static final int EVENTS_PER_YEAR = 43;
    /** Individual pledges and self-assessments sent by one client before the others join: at most a tenth of them. */
    private static final int ONE_CLIENT_COMMANDS = 1000;

    private final String clusterId;
    private final int year;
    private final List<String> units;
    private final List<String> council;
    private final int[] staff;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    /** Council members' signed tokens, from the signing phase to the votes. */
    private final Map<String, SecretBallot> signedTokens = new ConcurrentHashMap<>();
    private final Random random = new Random(42);

    EmulationYearWorkload(String clusterId, int year, int unitCount, List<String> council, long targetEvents) {
        this.clusterId = clusterId;
        this.year = year;
        this.units = unitIds(clusterId, unitCount);
        this.council = council;
        // Individual pledges ≈ 94% of the rest, amendments 5% and withdrawals 1% of them; units differ in size.
        long individuals = Math.max(unitCount, Math.round((targetEvents - EVENTS_PER_UNIT * unitCount - EVENTS_PER_YEAR) / 1.06));
        double weights = IntStream.range(0, unitCount).mapToDouble(EmulationYearWorkload::weight).sum();
        this.staff = IntStream.range(0, unitCount)
                              .map(u -> (int) Math.max(1, Math.round(individuals * weight(u) / weights))).toArray();
    }

    static List<String> unitIds(String clusterId, int unitCount) {
        return IntStream.rangeClosed(1, unitCount).mapToObj(n -> clusterId + "-dv-%02d".formatted(n)).toList();
    }

    String campaignId() {
        return clusterId + "-" + year;
    }

    List<Phase> phases() {
        List<Task> individual = individualPledgesAndSelfAssessments();
        int alone = Math.min(ONE_CLIENT_COMMANDS, individual.size() / 10);
        return List.of(
                new Phase("set-up", setUp(), false),
                new Phase("units pledge and sign the covenant", unitPledgesAndCovenants(), false),
                new Phase("pledges and self-assessments, 1 client", individual.subList(0, alone), true, true),
                new Phase("individual pledges and self-assessments", individual.subList(alone, individual.size()), true),
                new Phase("amendments and withdrawals", amendmentsAndWithdrawals(), true),
                new Phase("appraisal", appraisal(), false),
                new Phase("ranking and rounds", rankingAndRounds(), false),
                new Phase("blind signatures", blindSignatures(), false),
                new Phase("ballot box", ballotBox(), false),
                new Phase("votes", votes(), false),
                new Phase("round closures", roundClosures(), false),
                new Phase("decisions and closure", decisionsAndClosure(), false));
    }

    private List<Task> setUp() {
        return List.of(client -> {
            client.command(BenchmarkUsers.SECRETARIAT, "/api/clusters", map("clusterId", clusterId,
                    "name", "Cụm thi đua " + clusterId + " (benchmark)", "firstYear", year,
                    "units", units.stream().map(unit -> map("id", unit, "name", unitName(unit))).toList()),
                    "Thành lập cụm thi đua");
            client.command(BenchmarkUsers.SECRETARIAT, "/api/campaigns", map("clusterId", clusterId, "year", year,
                    "name", "Phong trào thi đua năm " + year,
                    "criteria", List.of(CRITERIA).stream().map(c -> map("criterionId", c[0], "name", c[1],
                            "kind", c[2], "maxPoints", Integer.parseInt(c[3]))).toList()),
                    "Phát động phong trào thi đua");
            client.command(BenchmarkUsers.SECRETARIAT, campaign("/registration-window"),
                    map("opensOn", LocalDate.of(year, 1, 1).toString(), "closesOn", LocalDate.of(year, 12, 31).toString()),
                    "Thời hạn đăng ký thi đua");
        });
    }

    private List<Task> unitPledgesAndCovenants() {
        List<Task> tasks = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            List<String> titles = u < FLAG_CANDIDATES ? List.of("EXCELLENT_COLLECTIVE", "SECTOR_EMULATION_FLAG")
                                                      : List.of("ADVANCED_COLLECTIVE");
            int headcount = staff[u];
            tasks.add(client -> client.command(representative(unit), campaign("/pledges"), map("registrantId", unit,
                    "registrantName", unitName(unit), "kind", "UNIT", "unitId", unit, "staffCount", headcount,
                    "titles", titles), "Đăng ký thi đua của đơn vị"));
            tasks.add(client -> client.command(representative(unit), campaign("/covenant-signatures"),
                    map("unitId", unit), "Ký giao ước thi đua"));
        }
        return shuffled(tasks);
    }

    private List<Task> individualPledgesAndSelfAssessments() {
        List<Task> tasks = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            for (int n = 1; n <= staff[u]; n++) {
                String registrant = staffId(unit, n);
                List<String> titles = n == 1 ? List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER")
                                             : List.of("ADVANCED_WORKER");
                tasks.add(client -> {
                    client.command(representative(unit), campaign("/pledges"), map("registrantId", registrant,
                            "registrantName", "Công chức " + registrant, "kind", "INDIVIDUAL", "unitId", unit,
                            "titles", titles), "Đăng ký thi đua cá nhân");
                    registered.add(registrant);
                });
            }
            Map<String, BigDecimal> finalPoints = selfAssessed(u);
            for (int revision = 1; revision <= SELF_ASSESSMENT_REVISIONS; revision++) {
                BigDecimal share = BigDecimal.valueOf(revision).divide(BigDecimal.valueOf(SELF_ASSESSMENT_REVISIONS));
                finalPoints.forEach((criterion, points) -> tasks.add(client -> client.command(representative(unit),
                        scorecard(unit, "/self-assessments"), map("criterionId", criterion,
                                "points", points.multiply(share).setScale(1, RoundingMode.HALF_UP)),
                        "Tự chấm điểm thi đua (cập nhật định kỳ)")));
            }
        }
        return shuffled(tasks);
    }

    private List<Task> amendmentsAndWithdrawals() {
        List<Task> tasks = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            for (int n = 2; n <= staff[u]; n++) {
                String registrant = staffId(unit, n);
                if (n % 20 == 2) {
                    tasks.add(client -> {
                        if (registered.contains(registrant)) {
                            client.command(representative(unit), campaign("/pledges/" + registrant + "/amendments"),
                                    map("titles", List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER")),
                                    "Bổ sung danh hiệu đăng ký");
                        }
                    });
                } else if (n % 100 == 3) {
                    tasks.add(client -> {
                        if (registered.contains(registrant)) {
                            client.command(representative(unit), campaign("/pledges/" + registrant + "/withdrawal"),
                                    map("reason", "Chuyển công tác"), "Chuyển công tác");
                        }
                    });
                }
            }
        }
        return shuffled(tasks);
    }

    /** The secretariat's appraisal (thẩm định): some adjustments with reasons, then every scorecard made final. */
    private List<Task> appraisal() {
        List<Task> tasks = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            BigDecimal duties = selfAssessed(u).get("tc-1");
            boolean adjusted = u % 3 == 0;
            tasks.add(client -> {
                if (adjusted) {
                    client.command(BenchmarkUsers.SECRETARIAT, scorecard(unit, "/adjustments"), map("criterionId", "tc-1",
                            "points", duties.subtract(BigDecimal.ONE), "reason", "Thẩm định: 01 nhiệm vụ chậm tiến độ"),
                            "Thẩm định: 01 nhiệm vụ chậm tiến độ");
                }
                client.command(BenchmarkUsers.SECRETARIAT, scorecard(unit, "/finalisation"), null, "Chốt kết quả chấm điểm");
            });
        }
        return tasks;
    }

    private List<Task> rankingAndRounds() {
        return List.of(client -> {
            client.command(BenchmarkUsers.SECRETARIAT, campaign("/ranking"), null, "Công bố kết quả xếp hạng");
            client.command(BenchmarkUsers.SECRETARIAT, "/api/rounds", map("roundId", flagRound(),
                    "campaignId", campaignId(), "title", "SECTOR_EMULATION_FLAG", "body", "MEMBER_UNITS",
                    "candidateIds", units.subList(0, FLAG_CANDIDATES)), "Suy tôn Cờ thi đua ngành");
            establishCouncil(client);
            client.command(BenchmarkUsers.SECRETARIAT, "/api/rounds", map("roundId", councilRound(),
                    "campaignId", campaignId(), "title", "GRASSROOTS_EMULATION_FIGHTER", "body", "COUNCIL",
                    "candidateIds", fighterCandidates(), "councilId", councilId()),
                    "Hội đồng bình xét Chiến sĩ thi đua cơ sở");
        });
    }

    /**
     * The council votes as its roster stands on the round's date (R7): established on 1 January, the first member
     * chairing, the second standing, with its grassroots threshold (90%, the former rule set's).
     */
    private void establishCouncil(LedgerClient client) throws Exception {
        String from = LocalDate.of(year, 1, 1).toString();
        client.command(BenchmarkUsers.SECRETARIAT, "/api/councils", map("councilId", councilId(),
                "name", "Hội đồng Thi đua – Khen thưởng " + clusterId + " (benchmark)",
                "unit", map("id", units.get(0), "name", unitName(units.get(0))),
                "decisionNumber", "1/QĐ-" + councilId(), "establishedOn", from,
                "members", IntStream.range(0, council.size()).mapToObj(i -> map("voterId", council.get(i),
                        "name", "Ủy viên " + council.get(i), "unit", map("id", units.get(0), "name", unitName(units.get(0))),
                        "role", i == 0 ? "CHAIR" : i == 1 ? "STANDING_MEMBER" : "MEMBER")).toList()),
                "Quyết định thành lập Hội đồng");
        client.command(BenchmarkUsers.SECRETARIAT, "/api/councils/" + councilId() + "/grassroots-threshold",
                map("thresholdRatio", new BigDecimal("0.9"), "decisionNumber", "2/QĐ-" + councilId(),
                        "effectiveFrom", from), "Hội đồng quyết định tỷ lệ phiếu Chiến sĩ thi đua cơ sở");
    }

    private String councilId() {
        return clusterId + "-hdtdkt-" + year;
    }

    /** Each member unit approves the first two flag candidates but itself (R9); the council approves every fighter. */
    private List<Task> votes() {
        List<Task> tasks = new ArrayList<>();
        for (String unit : units) {
            List<String> approved = new ArrayList<>(flagWinners());
            if (approved.remove(unit)) {
                approved.add(units.get(2));
            }
            tasks.add(client -> client.command(representative(unit), "/api/rounds/" + flagRound() + "/ballots",
                    map("voterId", unit, "approved", approved), "Biểu quyết của đơn vị"));
        }
        for (String member : council) {
            tasks.add(client -> {
                SecretBallot signed = signedTokens.get(member);
                client.command(null, "/api/rounds/" + councilRound() + "/secret-ballots", map("token", signed.token(),
                        "signature", signed.signature(), "approved", fighterCandidates()), "Bỏ phiếu kín");
            });
        }
        return shuffled(tasks);
    }

    /** The council's signing phase: each member's page gets its token blind-signed and keeps it. */
    private List<Task> blindSignatures() {
        return shuffled(council.stream().<Task>map(member -> client ->
                signedTokens.put(member, SecretBallot.sign(client, member, councilRound()))).toList());
    }

    /** The secretariat ends the signing phase, so that every signature precedes every secret ballot. */
    private List<Task> ballotBox() {
        return List.of(client -> client.command(BenchmarkUsers.SECRETARIAT, "/api/rounds/" + councilRound()
                + "/ballot-box", null, "Mở hòm phiếu"));
    }

    private List<Task> roundClosures() {
        return List.of(
                client -> client.command(BenchmarkUsers.SECRETARIAT, "/api/rounds/" + flagRound() + "/closure", null,
                        "Kết thúc biểu quyết"),
                client -> client.command(BenchmarkUsers.SECRETARIAT, "/api/rounds/" + councilRound() + "/closure", null,
                        "Kiểm phiếu"));
    }

    private List<Task> decisionsAndClosure() {
        String today = LocalDate.of(year, 12, 1).toString();
        return List.of(client -> {
            client.command(BenchmarkUsers.SECRETARIAT, "/api/decisions/commendations", map(
                    "decisionNumber", "01/TTr-" + clusterId, "signedOn", today, "signedBy", "Trưởng Cụm",
                    "kind", "PROPOSAL", "roundId", flagRound(), "recipients", flagWinners()), "Tờ trình đề nghị Cờ thi đua");
            client.command(BenchmarkUsers.SECRETARIAT, "/api/decisions/commendations", map(
                    "decisionNumber", "02/QĐ-" + clusterId, "signedOn", today, "signedBy", "Thủ trưởng đơn vị",
                    "kind", "AWARD", "roundId", councilRound(), "recipients", fighterCandidates()),
                    "Quyết định công nhận Chiến sĩ thi đua cơ sở");
            client.command(BenchmarkUsers.SECRETARIAT, "/api/decisions/appointments", map(
                    "decisionNumber", "03/QĐ-" + clusterId, "signedOn", today, "signedBy", "Thứ trưởng",
                    "clusterId", clusterId, "year", year + 1, "headId", units.get(0), "deputyHeadId", units.get(1)),
                    "Trưởng Cụm, Phó Trưởng Cụm năm sau");
            client.command(BenchmarkUsers.SECRETARIAT, campaign("/closure"), map("summary",
                    "Báo cáo tổng kết công tác thi đua, khen thưởng năm " + year), "Tổng kết năm thi đua");
        });
    }

    private List<String> flagWinners() {
        return units.subList(0, 2);
    }

    /** Each unit's first civil servant, who pledged the title (R1), if the run got to register them. */
    private List<String> fighterCandidates() {
        return units.stream().map(unit -> staffId(unit, 1)).filter(registered::contains).toList();
    }

    private String flagRound() {
        return campaignId() + "-co-nganh";
    }

    private String councilRound() {
        return campaignId() + "-cstdcs";
    }

    private static Map<String, BigDecimal> selfAssessed(int u) {
        return map("tc-1", BigDecimal.valueOf(50 + u % 10), "tc-2", BigDecimal.valueOf(25 + u % 5),
                   "tc-3", BigDecimal.valueOf(8 + u % 3), "thuong", BigDecimal.valueOf(u % 4));
    }

    private String campaign(String path) {
        return "/api/campaigns/" + campaignId() + path;
    }

    private String scorecard(String unit, String path) {
        return campaign("/scorecards/" + unit + path);
    }

    private static String representative(String unit) {
        return BenchmarkUsers.representativeOf(unit);
    }

    private static String unitName(String unit) {
        return "Đơn vị " + unit + " (benchmark)";
    }

    private static String staffId(String unit, int n) {
        return unit + "-cc-" + n;
    }

    /** Sizes between 0.5 and 1.5 of the mean, so that some units are three times larger than others. */
    private static double weight(int u) {
        return 0.5 + (u * 7 % 11) / 10.0;
    }

    private List<Task> shuffled(List<Task> tasks) {
        List<Task> copy = new ArrayList<>(tasks);
        Collections.shuffle(copy, random);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }
}
