package vn.thidua.ledger.app.ballot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.ballot.*}: how long the secret-ballot mailbox hands out and keeps a credential.
 *
 * @param refetchWindow   after a voter first collects their credential, how long they may collect it
 *                        again (a lost response, a retry); afterwards only a reissue helps
 * @param letterRetention the longest the mailbox keeps a credential of a round that is never closed
 *                        (closing the round forgets them at once)
 */
@ConfigurationProperties("thidua.ballot")
public record BallotSettings(@DefaultValue("PT10M") Duration refetchWindow,
                             @DefaultValue("P7D") Duration letterRetention) {
}
