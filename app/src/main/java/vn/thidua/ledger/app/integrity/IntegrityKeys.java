package vn.thidua.ledger.app.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.ledger.eventstore.IntegrityCheckpoint;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The checkpoint signing key of this node (<em>khóa niêm phong</em>): the public key checkpoints are verified
 * against, and the private key if this node seals. From configuration, else from (or generated into) a key
 * file; a node with neither only verifies, against each checkpoint's own key.
 */
public record IntegrityKeys(Optional<PublicKey> trusted, Optional<KeyPair> signing) {

    private static final Logger log = LoggerFactory.getLogger(IntegrityKeys.class);
    private static final String ALGORITHM = "Ed25519";

    static IntegrityKeys configured(String privateKey, String publicKey) {
        PublicKey trusted = IntegrityCheckpoint.decode(publicKey.strip());
        if (privateKey == null || privateKey.isBlank()) {
            return new IntegrityKeys(Optional.of(trusted), Optional.empty());
        }
        return new IntegrityKeys(Optional.of(trusted), Optional.of(new KeyPair(trusted, decodePrivate(privateKey.strip()))));
    }

    static IntegrityKeys none() {
        return new IntegrityKeys(Optional.empty(), Optional.empty());
    }

    /** A fresh pair kept only in memory: for a store that is itself in memory. */
    static IntegrityKeys ephemeral() {
        KeyPair pair = generate();
        return new IntegrityKeys(Optional.of(pair.getPublic()), Optional.of(pair));
    }

    /** The pair in {@code file}, generated there (readable by the owner only) on first start. */
    static IntegrityKeys inFile(Path file) {
        try {
            if (!Files.exists(file)) {
                write(file, generate());
                log.info("Generated the checkpoint signing key in {}; back it up with the data, publish its public key",
                         file.toAbsolutePath());
            }
            Properties keys = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                keys.load(reader);
            }
            return configured(keys.getProperty("privateKey"), keys.getProperty("publicKey"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint key file " + file.toAbsolutePath(), e);
        }
    }

    private static void write(Path file, KeyPair pair) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Properties keys = new Properties();
        keys.setProperty("publicKey", IntegrityCheckpoint.encode(pair.getPublic()));
        keys.setProperty("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            keys.store(writer, "Thi Dua Ledger checkpoint signing key (Ed25519): keep secret, see docs/integrity.md");
        }
        Files.move(temporary, file);
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no " + ALGORITHM, e);
        }
    }

    private static PrivateKey decodePrivate(String key) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("thidua.integrity.private-key is not an Ed25519 PKCS#8 key in base64", e);
        }
    }
}
