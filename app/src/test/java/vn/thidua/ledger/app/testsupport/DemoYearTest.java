package vn.thidua.ledger.app.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.ledger.app.ThiDuaLedgerApplication;

/**
 * The one configuration of the demo-year tests: the whole application on a real port (the loader
 * sends real HTTP requests to it), a fresh memory store, and the loader on. Every demo test class
 * uses exactly this, so Spring starts one such context and the year is loaded once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ThiDuaLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "thidua.demo.mode=always-if-empty")
// Test-support components (CommandApi) are scanned into every context and need MockMvc.
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface DemoYearTest {
}
