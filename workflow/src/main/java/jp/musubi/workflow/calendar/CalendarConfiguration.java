package jp.musubi.workflow.calendar;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Japanese business calendar, for the application and for the process engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    // Static: binding converters are needed while the properties are bound, before this class exists.
    @Bean
    @ConfigurationPropertiesBinding
    static MonthDayConverter calendarMonthDayConverter() {
        return new MonthDayConverter();
    }

    @Bean
    JapaneseBusinessCalendar japaneseBusinessCalendar(CalendarProperties properties) {
        return new JapaneseBusinessCalendar(JapaneseHolidays.bundled(), properties.closures());
    }

    @Bean
    JapaneseCalendarRegistration japaneseCalendarRegistration(JapaneseBusinessCalendar calendar, CalendarProperties properties) {
        return new JapaneseCalendarRegistration(calendar, properties.endOfBusinessDay());
    }
}
