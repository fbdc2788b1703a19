package org.pupilsupport.core.officers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle();

    @BeforeEach
    void useHandClock() {
        throttle.clock = clock;
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }

    @Test
    void theFifthFailureLocksTheUsername() {
        fail("j.smith", 4);
        assertFalse(throttle.isLocked("j.smith"));
        assertTrue(throttle.recordFailure("j.smith"), "the fifth failure reports the lock");
        assertTrue(throttle.isLocked("j.smith"));
        assertTrue(throttle.isLocked("J.Smith "), "usernames are compared as sign-in compares them");
        assertFalse(throttle.isLocked("someone.else"));
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        fail("j.smith", 5);
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.isLocked("j.smith"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(throttle.isLocked("j.smith"));
        fail("j.smith", 1);
        assertFalse(throttle.isLocked("j.smith"), "a fresh window starts after the lock");
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        fail("j.smith", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("j.smith", 1);
        assertFalse(throttle.isLocked("j.smith"));
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        fail("j.smith", 4);
        throttle.recordSuccess("j.smith");
        fail("j.smith", 4);
        assertFalse(throttle.isLocked("j.smith"));
    }

    @Test
    void unknownUsernamesAreCountedAlike() {
        fail("no.such.person", 5);
        assertTrue(throttle.isLocked("no.such.person"));
    }

    private void failFrom(String address, int times, String usernamePrefix) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(usernamePrefix + i);
            throttle.recordFailureFrom(address);
        }
    }

    @Test
    void manyUsernamesTriedFromOneAddressLockTheAddress() {
        failFrom("203.0.113.7", SignInThrottle.MAX_FAILURES_PER_ADDRESS - 1, "guess.");
        assertFalse(throttle.isAddressLocked("203.0.113.7"));
        assertTrue(throttle.recordFailureFrom("203.0.113.7"), "the thirtieth failure reports the lock");
        assertTrue(throttle.isAddressLocked("203.0.113.7"));
        assertFalse(throttle.isLocked("guess.0"), "each username alone stayed under its own limit");
        assertFalse(throttle.isAddressLocked("203.0.113.8"), "another address is not affected");
    }

    @Test
    void theAddressLockEndsAfterFifteenMinutesAndASuccessDoesNotLiftIt() {
        failFrom("2001:db8::1", SignInThrottle.MAX_FAILURES_PER_ADDRESS, "guess.");
        throttle.recordSuccess("guess.1");
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.isAddressLocked("2001:db8::1"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(throttle.isAddressLocked("2001:db8::1"));
    }

    @Test
    void addressFailuresSpreadBeyondTheWindowDoNotLock() {
        failFrom("203.0.113.7", SignInThrottle.MAX_FAILURES_PER_ADDRESS - 1, "guess.");
        clock.advance(Duration.ofMinutes(16));
        failFrom("203.0.113.7", 1, "later.");
        assertFalse(throttle.isAddressLocked("203.0.113.7"));
    }

    @Test
    void anUnknownAddressIsNeverLocked() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS * 2; i++) {
            throttle.recordFailureFrom(null);
        }
        assertFalse(throttle.isAddressLocked(null));
    }
}
