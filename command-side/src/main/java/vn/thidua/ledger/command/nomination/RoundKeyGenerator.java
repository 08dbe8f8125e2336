package vn.thidua.ledger.command.nomination;

import java.security.KeyPair;

/** Sinh khóa cho đợt bỏ phiếu kín: a fresh RSA key pair per secret round (tests inject a fixed one). */
public interface RoundKeyGenerator {

    KeyPair newKeyPair();
}
