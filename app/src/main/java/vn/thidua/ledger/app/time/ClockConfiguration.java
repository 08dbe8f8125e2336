package vn.thidua.ledger.app.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in Vietnam's time zone: business dates (a registration window, a
 * decision date) are dates in Hà Nội. Command handlers take it as a parameter; tests replace it.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    public Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
