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
 * The one configuration of HTTP tests: the whole application, test profile (memory backend),
 * MockMvc. Every HTTP test class uses exactly this so Spring caches and shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ThiDuaLedgerApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface HttpTest {
}
