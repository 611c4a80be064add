package jp.musubi.workflow.calendar;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import org.springframework.core.convert.converter.Converter;

/**
 * Reads {@code musubi.calendar.closures[*].from/to} written the way Japanese offices write them,
 * {@code 12/29} and {@code 1/3}, rather than ISO's {@code --12-29}.
 */
class MonthDayConverter implements Converter<String, MonthDay> {

    private static final DateTimeFormatter MONTH_SLASH_DAY = DateTimeFormatter.ofPattern("M/d");

    @Override
    public MonthDay convert(String source) {
        return MonthDay.parse(source.trim(), MONTH_SLASH_DAY);
    }
}
