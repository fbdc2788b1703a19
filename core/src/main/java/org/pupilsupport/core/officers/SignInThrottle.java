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
 * Temporary lockout after repeated failed sign-ins for one username: {@value #MAX_FAILURES} failures
 * within {@link #WINDOW} lock it for {@link #LOCK}, even against the right password. Usernames that name
 * nobody are counted the same way, so the lockout reveals nothing about which accounts exist.
 *
 * <p>Counts are kept in memory (one server); a restart clears them.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Beyond this many tracked usernames, expired records are dropped first, so a flood cannot exhaust memory. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    private final Map<String, Failures> byUsername = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public boolean isLocked(String username) {
        Failures failures = byUsername.get(key(username));
        return failures != null && failures.lockedUntil() != null && clock.instant().isBefore(failures.lockedUntil());
    }

    /** @return whether this failure locked the username */
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        if (byUsername.size() >= MAX_TRACKED) {
            byUsername.values().removeIf(failures -> expired(failures, now));
        }
        Failures updated = byUsername.compute(key(username), (name, earlier) -> {
            if (earlier == null || expired(earlier, now)) {
                return new Failures(1, now, null);
            }
            int count = earlier.count() + 1;
            return new Failures(count, earlier.firstAt(), count >= MAX_FAILURES ? now.plus(LOCK) : earlier.lockedUntil());
        });
        return updated.count() == MAX_FAILURES;
    }

    public void recordSuccess(String username) {
        byUsername.remove(key(username));
    }

    private static boolean expired(Failures failures, Instant now) {
        boolean lockOver = failures.lockedUntil() == null || !now.isBefore(failures.lockedUntil());
        return lockOver && !now.isBefore(failures.firstAt().plus(WINDOW));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
