package jp.musubi.workflow.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's calendar besides weekends and national holidays ({@code musubi.calendar.*}).
 *
 * @param endOfBusinessDay when a due date that falls on a business day expires: the office's
 *                         closing time, after which a submission only reaches the prefecture on the
 *                         next business day
 * @param closures         yearly closures such as 年末年始 12/29–1/3
 */
@ConfigurationProperties("musubi.calendar")
public record CalendarProperties(LocalTime endOfBusinessDay, List<OfficeClosure> closures) {

    public CalendarProperties {
        Objects.requireNonNull(endOfBusinessDay, "musubi.calendar.end-of-business-day must be set");
        // An installation may really have no yearly closure; YAML cannot always say "empty list".
        closures = closures == null ? List.of() : List.copyOf(closures);
    }
}
