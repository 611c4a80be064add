package jp.musubi.workflow.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.program.Indicator;
import jp.musubi.workflow.program.IndicatorData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The surveys' measures on the programme dashboard (Kumamoto §4(2)③): the organizations surveyed
 * ({@code survey-targets}: one record per target invited in the period, of the surveys marked as the
 * programme's), and the answer rate ({@code survey-response-rate}, a RATE target: the answers as records,
 * the invited targets as the groups they are counted against).
 */
@Configuration(proxyBeanMethods = false)
class SurveyIndicators {

    static final String TARGETS = "survey-targets";
    static final String RESPONSE_RATE = "survey-response-rate";

    @Bean
    Indicator surveyTargetsIndicator(SurveyStore store) {
        return indicator(TARGETS, (from, to) -> {
            List<IndicatorData.CountedRecord> records = new ArrayList<>();
            for (Object[] row : store.programTargets(start(from), start(to.plusDays(1)))) {
                records.add(new IndicatorData.CountedRecord(day((Instant) row[3]), (String) row[2], (String) row[0], null,
                        SurveyAdminPages.detailPath((Long) row[1])));
            }
            return IndicatorData.of(records);
        });
    }

    @Bean
    Indicator surveyResponseRateIndicator(SurveyStore store) {
        return indicator(RESPONSE_RATE, (from, to) -> {
            List<IndicatorData.CountedRecord> records = new ArrayList<>();
            List<IndicatorData.Group> groups = new ArrayList<>();
            int n = 0;
            for (Object[] row : store.programTargets(start(from), start(to.plusDays(1)))) {
                String key = "target-" + n++;
                LocalDate invited = day((Instant) row[3]);
                groups.add(new IndicatorData.Group(key, (String) row[2], invited));
                Instant answered = (Instant) row[4];
                if (answered != null && day(answered).compareTo(to) <= 0) {
                    records.add(new IndicatorData.CountedRecord(day(answered), (String) row[2], (String) row[0], key,
                            SurveyAdminPages.detailPath((Long) row[1])));
                }
            }
            return new IndicatorData(records, groups);
        });
    }

    private interface Collector {
        IndicatorData collect(LocalDate from, LocalDate to);
    }

    private static Indicator indicator(String id, Collector collector) {
        return new Indicator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String feature() {
                return SurveyBeans.FEATURE;
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                return collector.collect(from, to);
            }
        };
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(JapaneseTimes.ZONE).toInstant();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(JapaneseTimes.ZONE).toLocalDate();
    }
}
