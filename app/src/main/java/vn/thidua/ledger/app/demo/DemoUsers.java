package vn.thidua.ledger.app.demo;

import java.util.Map;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Member;

/**
 * The demo users the scripts act as, with their public demo passwords (docs/demo.md,
 * docs/security.md). The application only knows their bcrypt hashes ({@code demo-users.yml}, read by
 * the security package only on a demo store); the loader needs the passwords because it signs in like any client.
 * If an operator changes these users, the demo fails on its first request with 401 and says so.
 */
public final class DemoUsers {

    public static final String SECRETARIAT = "thu-ky";
    public static final String REP_HTQT = "dai-dien-htqt";
    public static final String REP_THADS = "dai-dien-thads";
    public static final String REP_CVDCXDPL = "dai-dien-cvdcxdpl";
    public static final String REP_MINH_HOA_A = "dai-dien-minh-hoa-a";
    public static final String REP_MINH_HOA_B = "dai-dien-minh-hoa-b";
    public static final String REP_MINH_HOA_C = "dai-dien-minh-hoa-c";
    public static final String AUDITOR = "kiem-toan";

    private static final Map<String, String> PASSWORDS = Map.of(
            SECRETARIAT, "thuky-demo-2022",
            REP_HTQT, "htqt-demo-2022",
            REP_THADS, "thads-demo-2022",
            REP_CVDCXDPL, "cvdcxdpl-demo-2022",
            REP_MINH_HOA_A, "minhhoa-demo-2022",
            REP_MINH_HOA_B, "minhhoa-demo-2022",
            REP_MINH_HOA_C, "minhhoa-demo-2022",
            AUDITOR, "kiemtoan-demo-2022");

    /** The user who signs, scores and votes for each member unit of the demo year. */
    private static final Map<Member, String> REPRESENTATIVES = Map.of(
            ClusterIv2022.HTQT, REP_HTQT,
            ClusterIv2022.THADS, REP_THADS,
            ClusterIv2022.CVDCXDPL, REP_CVDCXDPL,
            ClusterIv2022.MINH_HOA_A, REP_MINH_HOA_A,
            ClusterIv2022.MINH_HOA_B, REP_MINH_HOA_B,
            ClusterIv2022.MINH_HOA_C, REP_MINH_HOA_C);

    private DemoUsers() {
    }

    public static String passwordOf(String username) {
        String password = PASSWORDS.get(username);
        if (password == null) {
            throw new IllegalArgumentException("not a demo user: " + username);
        }
        return password;
    }

    public static String representativeOf(Member unit) {
        String representative = REPRESENTATIVES.get(unit);
        if (representative == null) {
            throw new IllegalArgumentException("no demo user represents " + unit.id());
        }
        return representative;
    }
}
