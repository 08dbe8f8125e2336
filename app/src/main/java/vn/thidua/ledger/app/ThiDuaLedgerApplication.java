package vn.thidua.ledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable composition of Thi Đua Ledger: command side, query side, storage and security.
 */
@SpringBootApplication(scanBasePackages = "vn.thidua.ledger")
public class ThiDuaLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaLedgerApplication.class, args);
    }
}
