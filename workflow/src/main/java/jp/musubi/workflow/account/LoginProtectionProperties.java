package jp.musubi.workflow.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock-out after repeated failed logins, against password guessing.
 *
 * @param maxFailures  consecutive failures that lock the account
 * @param lockDuration how long the account stays locked
 */
@ConfigurationProperties("musubi.security.login")
public record LoginProtectionProperties(int maxFailures, Duration lockDuration) {

    public LoginProtectionProperties {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
