package org.pupilsupport.core.officers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Temporary lockouts after repeated failed sign-ins, counted two ways:
 * <ul>
 * <li>per username: {@value #MAX_FAILURES} failures within {@link #WINDOW} lock it for {@link #LOCK}, even
 * against the right password. Usernames that name nobody are counted the same way, so the lockout reveals
 * nothing about which accounts exist;</li>
 * <li>per client address: {@value #MAX_FAILURES_PER_ADDRESS} failures within {@link #WINDOW} refuse every
 * sign-in from that address for {@link #LOCK}, so one guess against each of many usernames is slowed too,
 * and each guess costs a full password hash. The limit is far above what one office behind a shared
 * address mistypes in a quarter of an hour. A success from the address does not clear its count: an
 * attacker with one account of their own must not be able to reset it.</li>
 * </ul>
 *
 * <p>Counts are kept in memory (one server); a restart clears them.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Beyond this many tracked usernames or addresses, expired records are dropped first, so a flood cannot exhaust memory. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    /** Failures by a key, locking the key at a number of failures within the window. */
    private final class FailureCounts {

        private final int lockAt;
        private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

        FailureCounts(int lockAt) {
            this.lockAt = lockAt;
        }

        boolean isLocked(String key) {
            Failures failures = byKey.get(key);
            return failures != null && failures.lockedUntil() != null && clock.instant().isBefore(failures.lockedUntil());
        }

        /** @return whether this failure locked the key */
        boolean record(String key) {
            Instant now = clock.instant();
            if (byKey.size() >= MAX_TRACKED) {
                byKey.values().removeIf(failures -> expired(failures, now));
            }
            Failures updated = byKey.compute(key, (name, earlier) -> {
                if (earlier == null || expired(earlier, now)) {
                    return new Failures(1, now, lockAt == 1 ? now.plus(LOCK) : null);
                }
                int count = earlier.count() + 1;
                return new Failures(count, earlier.firstAt(), count >= lockAt ? now.plus(LOCK) : earlier.lockedUntil());
            });
            return updated.count() == lockAt;
        }

        void clear(String key) {
            byKey.remove(key);
        }
    }

    private final FailureCounts byUsername = new FailureCounts(MAX_FAILURES);
    private final FailureCounts byAddress = new FailureCounts(MAX_FAILURES_PER_ADDRESS);

    @Inject
    Clock clock;

    public boolean isLocked(String username) {
        return byUsername.isLocked(usernameKey(username));
    }

    /** @return whether this failure locked the username */
    public boolean recordFailure(String username) {
        return byUsername.record(usernameKey(username));
    }

    public void recordSuccess(String username) {
        byUsername.clear(usernameKey(username));
    }

    /** Whether sign-in from this client address is refused for now; an unknown address (null) never is. */
    public boolean isAddressLocked(String clientAddress) {
        return clientAddress != null && byAddress.isLocked(clientAddress);
    }

    /** @return whether this failure locked the address */
    public boolean recordFailureFrom(String clientAddress) {
        return clientAddress != null && byAddress.record(clientAddress);
    }

    private static boolean expired(Failures failures, Instant now) {
        boolean lockOver = failures.lockedUntil() == null || !now.isBefore(failures.lockedUntil());
        return lockOver && !now.isBefore(failures.firstAt().plus(WINDOW));
    }

    private static String usernameKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
