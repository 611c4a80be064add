package jp.musubi.cms.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log ({@code musubi.audit.*}).
 *
 * @param retention  how long entries are kept: both specifications keep records 5 years
 * @param purgeCron  when the daily purge runs (Spring cron, Asia/Tokyo); {@code -} switches it off
 */
@ConfigurationProperties("musubi.audit")
public record AuditProperties(@DefaultValue("P5Y") Period retention, @DefaultValue("0 30 3 * * *") String purgeCron) {

    public AuditProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("musubi.audit.retention must be positive");
        }
    }
}
