package jp.musubi.cms.forms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Spam protection of the public forms, without any third-party service.
 *
 * @param honeypotField  name of the field hidden from people; a bot that fills it is thanked and ignored
 * @param maxSubmissions sends of one form allowed from one address within {@code window}
 * @param window         the rate-limit window
 */
@ConfigurationProperties("musubi.site.forms")
public record SiteFormProperties(String honeypotField, int maxSubmissions, Duration window) {

    public SiteFormProperties {
        if (honeypotField == null || honeypotField.isBlank()) {
            honeypotField = "homepage";
        }
        if (maxSubmissions <= 0) {
            maxSubmissions = 5;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            window = Duration.ofMinutes(10);
        }
    }
}
