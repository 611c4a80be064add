package jp.musubi.workflow.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code musubi.survey.*}.
 *
 * @param responseRateTarget the answer rate aimed at, in percent (Kumamoto §4(2)③: 30 %)
 * @param maxImportSize      largest target file accepted (CSV or XLSX)
 * @param maxImportRows      most organizations one file may hold
 * @param defaultMaxLength   a free-text question's length when the secretariat sets none
 */
@ConfigurationProperties("musubi.survey")
public record SurveyProperties(@DefaultValue("30") int responseRateTarget,
                               @DefaultValue("5MB") DataSize maxImportSize,
                               @DefaultValue("10000") int maxImportRows,
                               @DefaultValue("2000") int defaultMaxLength) {

    public SurveyProperties {
        if (responseRateTarget < 1 || responseRateTarget > 100) {
            throw new IllegalArgumentException("musubi.survey.response-rate-target is a percentage from 1 to 100");
        }
        if (maxImportRows < 1 || defaultMaxLength < 1) {
            throw new IllegalArgumentException("musubi.survey: max-import-rows and default-max-length must be at least 1");
        }
    }
}
