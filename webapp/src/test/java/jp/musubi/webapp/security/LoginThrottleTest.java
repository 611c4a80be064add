package jp.musubi.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;

import jp.musubi.webapp.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle's arithmetic on a frozen clock, with the production defaults. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(ZoneOffset.UTC);
    private final LoginProtectionProperties defaults = new LoginProtectionProperties(null, null, null, null, 0);
    private LoginThrottle throttle;

    @BeforeEach
    void freeze() {
        clock.freeze();
        throttle = new LoginThrottle(defaults, clock);
    }

    @Test
    void theDefaultsAreThoseTheReadmeDescribes() {
        assertThat(defaults.pair()).isEqualTo(new LoginProtectionProperties.Backoff(3, Duration.ofSeconds(1),
                Duration.ofMinutes(5)));
        assertThat(defaults.client()).isEqualTo(new LoginProtectionProperties.Backoff(10, Duration.ofSeconds(1),
                Duration.ofMinutes(5)));
        assertThat(defaults.loginId()).isEqualTo(new LoginProtectionProperties.Backoff(10, Duration.ofSeconds(1),
                Duration.ofSeconds(10)));
        assertThat(defaults.forgetAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.maxTracked()).isEqualTo(10_000);
    }

    @ParameterizedTest(name = "after {0} failures: {1}")
    @CsvSource({"2,PT0S", "3,PT1S", "4,PT2S", "5,PT4S", "11,PT4M16S", "12,PT5M", "1000,PT5M"})
    void theBackoffDoublesPerFailureUpToItsCap(int failures, Duration delay) {
        assertThat(defaults.pair().delayAfter(failures)).isEqualTo(delay);
    }

    @Test
    void theBackoffGrowsAndThenExpires() {
        LoginAttempt attempt = LoginAttempt.of("owner", "192.0.2.1");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refuses(attempt)).isFalse();
            throttle.recordFailure(attempt);
        }
        for (Duration delay : new Duration[] {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)}) {
            assertThat(throttle.refuses(attempt)).isTrue();
            clock.advance(delay.minusMillis(1));
            assertThat(throttle.refuses(attempt)).isTrue();
            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.refuses(attempt)).isFalse();
            throttle.recordFailure(attempt);
        }
        // Quiet for forget-after: the failures are forgotten, the next one is free again.
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refuses(attempt)).isFalse();
        throttle.recordFailure(attempt);
        assertThat(throttle.refuses(attempt)).isFalse();
    }

    @Test
    void anotherClientIsHeldBackOnlyByTheSmallPerLoginIdDelay() {
        LoginAttempt attacker = LoginAttempt.of("owner", "192.0.2.66");
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure(attacker);
            clock.advance(Duration.ofMinutes(5));  // each guess after the attacker's own back-off
        }
        LoginAttempt owner = LoginAttempt.of("owner", "198.51.100.7");
        assertThat(throttle.refuses(owner)).isFalse();
        throttle.recordFailure(attacker);
        assertThat(throttle.refuses(attacker)).isTrue();
        assertThat(throttle.refuses(owner)).isTrue();
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.refuses(owner)).isFalse();
        assertThat(throttle.refuses(attacker)).isTrue();
    }

    @Test
    void oneClientTryingManyIdsIsSlowedDown() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(LoginAttempt.of("guess-" + i, "192.0.2.9"));
        }
        assertThat(throttle.refuses(LoginAttempt.of("yet-another-id", "192.0.2.9"))).isTrue();
        assertThat(throttle.refuses(LoginAttempt.of("yet-another-id", "192.0.2.10"))).isFalse();
    }

    @Test
    void successEndsTheAccountsBackoffButNotTheClients() {
        LoginAttempt attempt = LoginAttempt.of("owner", "192.0.2.20");
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure(LoginAttempt.of("other-" + i, "192.0.2.20"));
        }
        throttle.recordFailure(attempt);
        throttle.recordSuccess(attempt);
        assertThat(throttle.refuses(LoginAttempt.of("owner", "192.0.2.21"))).isFalse();
        assertThat(throttle.refuses(attempt)).as("the client's own counter stays").isTrue();
    }

    @Test
    void liftingEndsTheBackoffOfThatLoginIdFromEveryClient() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(LoginAttempt.of("Owner", "192.0.2.30"));
            throttle.recordFailure(LoginAttempt.of("owner", "192.0.2.31"));
            throttle.recordFailure(LoginAttempt.of("admin", "192.0.2.31"));
        }
        assertThat(throttle.restrictedLoginIds()).containsExactlyInAnyOrder("owner", "admin");

        throttle.lift("owner");

        assertThat(throttle.refuses(LoginAttempt.of("owner", "192.0.2.30"))).isFalse();
        assertThat(throttle.refuses(LoginAttempt.of("owner", "192.0.2.31"))).isFalse();
        assertThat(throttle.restrictedLoginIds()).containsExactly("admin");
    }

    @Test
    void memoryStaysBoundedWhenAnAttackerInventsKeys() {
        LoginProtectionProperties small = new LoginProtectionProperties(null, null, null, null, 100);
        FailureCounter<String> counter = new FailureCounter<>(small.pair(), small.forgetAfter(), small.maxTracked());
        for (int i = 0; i < 10_000; i++) {
            counter.recordFailure("id-" + i, clock.instant());
        }
        assertThat(counter.size()).isEqualTo(100);
        // The most recently failed keys are kept, the stalest dropped.
        for (int i = 0; i < 3; i++) {
            counter.recordFailure("id-9999", clock.instant());
        }
        assertThat(counter.refuses("id-9999", clock.instant())).isTrue();
        assertThat(counter.size()).isEqualTo(100);

        // Forgotten keys go on the next failure, without waiting for the bound.
        clock.advance(Duration.ofMinutes(15));
        counter.recordFailure("late", clock.instant());
        assertThat(counter.size()).isEqualTo(1);
    }

    @Test
    void theThrottlesThreeCountersAreEachBounded() {
        LoginThrottle bounded = new LoginThrottle(new LoginProtectionProperties(null, null, null, null, 50), clock);
        for (int i = 0; i < 5_000; i++) {
            bounded.recordFailure(LoginAttempt.of("id-" + i + "-" + "x".repeat(10_000), "2001:db8:" + Integer.toHexString(i) + "::1"));
        }
        assertThat(bounded.trackedKeys()).isEqualTo(3 * 50);
    }

    @ParameterizedTest(name = "{0} / {1} is the key {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "  Owner  | 192.0.2.1               | owner | 192.0.2.1",
            "OWNER    | 2001:db8:1:2:aaaa::1     | owner | 2001:db8:1:2:0:0:0:0/64",
            "owner    | 2001:db8:1:2:bbbb:cccc::9 | owner | 2001:db8:1:2:0:0:0:0/64",
            "owner    | evil:host               | owner | evil:host"})
    void loginIdsAndAddressesAreNormalized(String id, String address, String loginIdKey, String clientKey) {
        assertThat(LoginAttempt.of(id, address)).isEqualTo(new LoginAttempt(loginIdKey, clientKey));
    }

    @Test
    void aHugeLoginIdIsCutToTheLongestPossibleId() {
        assertThat(LoginAttempt.of("a".repeat(100_000), "192.0.2.1").loginId()).hasSize(64);
    }
}
