package vn.thidua.ledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable composition of Thi Đua Ledger: command side, query side, storage and security. It scans its
 * own package; which side joins is decided by {@code thidua.role} ({@link vn.thidua.ledger.app.role.RoleComposition}).
 */
@SpringBootApplication
public class ThiDuaLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaLedgerApplication.class, args);
    }
}
