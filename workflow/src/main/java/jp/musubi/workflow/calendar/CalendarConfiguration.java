package jp.musubi.workflow.calendar;

import java.time.LocalDate;

import jp.musubi.cms.common.JapaneseTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Japanese business calendar, for the application and for the process engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    // Static: binding converters are needed while the properties are bound, before this class exists.
    @Bean
    @ConfigurationPropertiesBinding
    static MonthDayConverter calendarMonthDayConverter() {
        return new MonthDayConverter();
    }

    @Bean
    JapaneseBusinessCalendar japaneseBusinessCalendar(CalendarProperties properties) {
        JapaneseHolidays holidays = JapaneseHolidays.bundled();
        log.info("National holidays {} to {} from {}", holidays.officialDataFrom(), holidays.officialDataUntil(),
                JapaneseHolidays.BUNDLED_CSV);
        // The Cabinet Office publishes next year's holidays around February; from then on the
        // bundled file should already hold them, instead of the library's algorithm.
        int nextYear = LocalDate.now(JapaneseTimes.ZONE).getYear() + 1;
        if (holidays.officialDataUntil().getYear() < nextYear) {
            log.warn("The bundled syukujitsu.csv ends on {}: add the Cabinet Office's holidays of {}",
                    holidays.officialDataUntil(), nextYear);
        }
        return new JapaneseBusinessCalendar(holidays, properties.closures());
    }

    @Bean
    JapaneseCalendarRegistration japaneseCalendarRegistration(JapaneseBusinessCalendar calendar, CalendarProperties properties) {
        return new JapaneseCalendarRegistration(calendar, properties.endOfBusinessDay());
    }
}
