package vn.thidua.ledger.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code thidua.demo.*}; {@code mode} is {@code auto}, {@code always-if-empty} or {@code off} (see {@link DemoMode}). */
@ConfigurationProperties("thidua.demo")
public record DemoSettings(@DefaultValue("auto") DemoMode mode) {
}
