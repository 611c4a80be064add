package jp.musubi.webapp.operations;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of record is kept ({@code musubi.retention.*}): the daily job at {@code cron}
 * (Asia/Tokyo; {@code -} switches it off) erases what each {@link jp.musubi.cms.common.RetentionRule}
 * names once its period, counted back from today, has passed. A rule without a period keeps everything
 * (and says so in the log): erasing is never the default.
 */
@ConfigurationProperties("musubi.retention")
public record RetentionProperties(@DefaultValue("0 15 3 * * *") String cron, Map<String, Period> periods) {

    public RetentionProperties {
        periods = periods == null ? Map.of() : Map.copyOf(periods);
        periods.forEach((id, period) -> {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("musubi.retention.periods." + id + " must be positive");
            }
        });
    }
}
