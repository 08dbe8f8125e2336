package vn.thidua.ledger.app.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code thidua.integrity.*}: the sealing of the history into signed checkpoints (docs/integrity.md).
 *
 * @param sealInterval how often this node seals the settled history (0 = never: a node that only verifies)
 * @param maxRange     global indexes per checkpoint at most
 * @param window       global indexes read per {@code $in} when sealing and verifying
 * @param privateKey   Ed25519 private key, PKCS#8 DER in base64 ({@code THIDUA_INTEGRITY_PRIVATEKEY}); with
 *                     {@code publicKey}, this node seals. Every sealing node of one store needs the same pair
 * @param publicKey    Ed25519 public key, X.509 DER in base64: the key checkpoints are verified against
 * @param keyFile      where a generated key pair is kept when none is configured; default
 *                     {@code <thidua.data-dir>/integrity-ed25519.properties}, used on the embedded H2 store only
 */
@ConfigurationProperties("thidua.integrity")
public record IntegritySettings(@DefaultValue("10s") Duration sealInterval,
                                @DefaultValue("10000") int maxRange,
                                @DefaultValue("500") int window,
                                String privateKey,
                                String publicKey,
                                Path keyFile) {

    public IntegritySettings {
        if (sealInterval.isNegative()) {
            throw new IllegalArgumentException("thidua.integrity.seal-interval must not be negative");
        }
        if (maxRange < 1 || window < 1) {
            throw new IllegalArgumentException("thidua.integrity.max-range and .window must be positive");
        }
        if (privateKey != null && !privateKey.isBlank() && (publicKey == null || publicKey.isBlank())) {
            throw new IllegalArgumentException(
                    "thidua.integrity.private-key needs thidua.integrity.public-key (the JDK cannot derive it)");
        }
    }
}
