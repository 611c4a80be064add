package jp.musubi.workflow.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The activation link mailed to an approved member.
 *
 * @param validity how long the link works; after that the secretariat issues a new one
 */
@ConfigurationProperties("musubi.account.activation")
public record AccountActivationProperties(Duration validity) {

    public AccountActivationProperties {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            validity = Duration.ofDays(14);
        }
    }
}
