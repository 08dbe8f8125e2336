package vn.thidua.ledger.app.ballot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.ballot.*}: the key size of bỏ phiếu kín (the secret ballot).
 *
 * @param keyBits bits of each secret round's RSA blind-signing key, at least 2048
 */
@ConfigurationProperties("thidua.ballot")
public record BallotSettings(@DefaultValue("2048") int keyBits) {
}
