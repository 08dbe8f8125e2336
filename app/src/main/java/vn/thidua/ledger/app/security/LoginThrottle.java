package vn.thidua.ledger.app.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts failed password logins per username and per client address (Bucket4j token buckets: each
 * failure takes a token, tokens come back evenly over the period). While either bucket of a login
 * attempt is empty, the attempt is answered 429 before its password is checked, so guessing costs the
 * guesser time and the ledger no bcrypt. Counts live in this node's memory, in bounded maps
 * (least recently used dropped first).
 */
public class LoginThrottle {

    private final Buckets perUser;
    private final Buckets perAddress;

    public LoginThrottle(SecuritySettings.LoginThrottle settings) {
        this.perUser = new Buckets(settings.perUser(), settings.trackedKeys(), "per-user");
        this.perAddress = new Buckets(settings.perAddress(), settings.trackedKeys(), "per-address");
    }

    /** How long to wait before this user may try from this address again, or empty when they may now. */
    public Optional<Duration> retryAfter(String username, String address) {
        long nanos = Math.max(perUser.nanosUntilNextTry(username), perAddress.nanosUntilNextTry(address));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** A wrong password or an unknown user (Spring Security reports both alike). */
    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent failure) {
        String username = failure.getAuthentication().getName();
        String address = failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        recordFailure(username, address);
    }

    void recordFailure(String username, String address) {
        perUser.take(username);
        perAddress.take(address);
    }

    private static final class Buckets {

        private final Map<String, Bucket> buckets;
        private final Supplier<Bucket> newBucket;

        Buckets(SecuritySettings.Limit limit, int trackedKeys, String name) {
            if (limit.failures() < 1 || limit.period().isNegative() || limit.period().isZero()) {
                throw new IllegalStateException("thidua.security.login-throttle." + name
                        + ": failures must be at least 1 and the period positive");
            }
            Bandwidth bandwidth = Bandwidth.builder().capacity(limit.failures())
                    .refillGreedy(limit.failures(), limit.period()).build();
            this.newBucket = () -> Bucket.builder().addLimit(bandwidth).build();
            this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > trackedKeys;
                }
            };
        }

        synchronized void take(String key) {
            if (key != null) {
                buckets.computeIfAbsent(key, k -> newBucket.get()).tryConsume(1);
            }
        }

        synchronized long nanosUntilNextTry(String key) {
            Bucket bucket = key == null ? null : buckets.get(key);
            return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        }
    }
}
