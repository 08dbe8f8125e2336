package vn.thidua.ledger.benchmark.endtoend;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.ledger.events.common.Role;

/**
 * Who the benchmark acts as, and how the application is told about them: the one place to adapt when the
 * application's user configuration changes (today: {@code thidua.security.users[i].*}, see SecuritySettings).
 * Every user shares one password, stored as a bcrypt hash of cost 4 so that authentication costs what the
 * application's own check costs, without the deliberate slowness of a production cost factor.
 */
final class BenchmarkUsers {

    static final String SECRETARIAT = "bm-thu-ky";
    static final String PASSWORD = "bench-password-4";
    /** bcrypt, cost 4, of {@link #PASSWORD}. */
    private static final String PASSWORD_HASH = "{bcrypt}$2a$04$RCHNXFITy5a3ed5cxUMacenj2rRLMTEYTtZ0cJFZg5ilXCW554K.K";
    private static final String PREFIX = "--thidua.security.users[";

    private BenchmarkUsers() {
    }

    /** The representative (đại diện) of a unit: one user per unit, acting for it. */
    static String representativeOf(String unitId) {
        return "dd-" + unitId;
    }

    /** The members of the emulation council (hội đồng) who vote in secret-ballot rounds. */
    static List<String> councilMembers(int count) {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add("bm-hoi-dong-" + i);
        }
        return members;
    }

    /** Command-line properties that configure the secretariat, the council and a representative per unit. */
    static List<String> applicationArguments(List<String> unitIds, List<String> council) {
        List<String> arguments = new ArrayList<>();
        user(arguments, SECRETARIAT, Role.SECRETARIAT, null);
        council.forEach(member -> user(arguments, member, Role.VOTER, null));
        unitIds.forEach(unit -> user(arguments, representativeOf(unit), Role.UNIT_REPRESENTATIVE, unit));
        return arguments;
    }

    private static void user(List<String> arguments, String username, Role role, String unitId) {
        long index = arguments.stream().filter(argument -> argument.contains("].username=")).count();
        arguments.add(PREFIX + index + "].username=" + username);
        arguments.add(PREFIX + index + "].password=" + PASSWORD_HASH);
        arguments.add(PREFIX + index + "].roles[0]=" + role);
        if (unitId != null) {
            arguments.add(PREFIX + index + "].unit-id=" + unitId);
        }
    }
}
