package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Known-answer vectors for the formulas in docs/secret-ballot.md, computed outside Java
 * ({@code printf '%s' 'thidua-ballot-receipt:cred-7' | sha256sum}): a voter or an auditor recomputes these
 * hashes with any SHA-256 tool, so they may never drift, whatever the code does.
 */
class BallotHashesTest {

    @Test
    void theReceiptIsSha256OfTheReceiptPrefixAsLowercaseHex() {
        assertThat(BallotHashes.receipt("cred-7"))
                .isEqualTo("1fd40a5fcec46e804c302bc986478c4704b40e26170fa696103600ae5a4c73d2");
    }

    @Test
    void aTokenIsHashedAsUtf8() {
        assertThat(BallotHashes.receipt("Bỏ-phiếu-kín"))
                .isEqualTo("cc7ff9765f42cc5293d3b18e7962905248cada38624daca62aeb2bd68bf19fd8");
    }
}
