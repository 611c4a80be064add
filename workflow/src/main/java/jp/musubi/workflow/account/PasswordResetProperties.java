package jp.musubi.workflow.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * パスワードの再設定 (self-service, from the login page).
 *
 * @param validity   how long a mailed link works
 * @param window     the period the two limits count requests in
 * @param perAddress requests for one mail address per window that send a mail; further ones send nothing
 *                   (and answer the same, so that nothing tells whether the address is registered)
 * @param perClient  requests from one client address per window; further ones are refused (429)
 */
@ConfigurationProperties("musubi.account.password-reset")
public record PasswordResetProperties(Duration validity, Duration window, Integer perAddress, Integer perClient) {

    public PasswordResetProperties {
        validity = positive(validity, Duration.ofHours(1));
        window = positive(window, Duration.ofHours(1));
        perAddress = perAddress == null || perAddress < 1 ? 3 : perAddress;
        perClient = perClient == null || perClient < 1 ? 10 : perClient;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
