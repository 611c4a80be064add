package jp.musubi.workflow.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.program.Indicator;
import jp.musubi.workflow.program.IndicatorData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attendance on the programme dashboard: one record per person checked in at the door (so on site), dated by
 * the check-in. 参集型イベントの参加者数 (Kumamoto 4(1)①: its one open event, ~200 on site) counts only events of
 * the kind オープンイベント; the kickoff's (Tochigi, ~100 on site) only kickoffs; event-attendance every event.
 */
@Configuration(proxyBeanMethods = false)
class EventIndicators {

    static final String ALL = "event-attendance";
    static final String OPEN_EVENT = "open-event-attendance";
    static final String KICKOFF = "kickoff-attendance";

    @Bean
    Indicator eventAttendanceIndicator(EventApplicationRepository repository, EventCatalog catalog) {
        return attendance(ALL, event -> true, repository, catalog);
    }

    @Bean
    Indicator openEventAttendanceIndicator(EventApplicationRepository repository, EventCatalog catalog) {
        return Indicator.ofFeature(EventFeatures.OPEN_EVENT,
                attendance(OPEN_EVENT, event -> EventFeatures.OPEN_EVENT.equals(event.eventType()), repository, catalog));
    }

    @Bean
    Indicator kickoffAttendanceIndicator(EventApplicationRepository repository, EventCatalog catalog) {
        return Indicator.ofFeature(EventFeatures.KICKOFF,
                attendance(KICKOFF, event -> "kickoff".equals(event.eventType()), repository, catalog));
    }

    static Indicator attendance(String id, Predicate<EventInfo> which, EventApplicationRepository repository,
                                EventCatalog catalog) {
        return new Indicator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                List<EventApplicationRepository.Attendance> rows = repository.attendance(
                        from.atStartOfDay(JapaneseTimes.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(JapaneseTimes.ZONE).toInstant());
                Map<String, Optional<EventInfo>> events = rows.stream().map(EventApplicationRepository.Attendance::eventName)
                        .distinct().collect(Collectors.toMap(name -> name, catalog::find));
                return IndicatorData.of(rows.stream()
                        .filter(row -> events.get(row.eventName()).filter(which).isPresent())
                        .map(row -> {
                            EventInfo event = events.get(row.eventName()).get();
                            // No person's name: the drill-down shows the event and its type only.
                            return new IndicatorData.CountedRecord(LocalDate.ofInstant(row.at(), JapaneseTimes.ZONE),
                                    event.title(), event.typeLabel(), event.name(), EventStaffPages.LIST + "/" + event.name());
                        }).toList());
            }
        };
    }
}
